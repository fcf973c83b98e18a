package org.proclab.runtime;

import java.io.Serializable;

/** A process target with two arguments, like Python's {@code args=(a, b)}. */
@FunctionalInterface
public interface Target2<A, B> extends Serializable {
    void run(A a, B b) throws Exception;
}
