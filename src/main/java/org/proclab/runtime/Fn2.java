package org.proclab.runtime;

import java.io.Serializable;

/** A function of two arguments for {@link Pool#starmap}, like a Python function {@code f(a, b)}. */
@FunctionalInterface
public interface Fn2<A, B, R> extends Serializable {
    R apply(A a, B b) throws Exception;
}
