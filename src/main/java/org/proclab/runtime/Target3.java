package org.proclab.runtime;

import java.io.Serializable;

/** A process target with three arguments. */
@FunctionalInterface
public interface Target3<A, B, C> extends Serializable {
    void run(A a, B b, C c) throws Exception;
}
