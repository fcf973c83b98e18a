package org.proclab.runtime;

import java.io.Serializable;

/** A function of three arguments for {@link Pool#starmap}, like a Python function {@code f(a, b, c)}. */
@FunctionalInterface
public interface Fn3<A, B, C, R> extends Serializable {
    R apply(A a, B b, C c) throws Exception;
}
