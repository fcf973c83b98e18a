package org.proclab.runtime;

import java.io.Serializable;

/** A process target with one argument, like Python's {@code args=(a,)}. */
@FunctionalInterface
public interface Target1<A> extends Serializable {
    void run(A a) throws Exception;
}
