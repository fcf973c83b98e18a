package org.proclab.runtime;

import java.io.Serializable;

/** A function a {@link Pool} runs in its worker JVMs: one argument in, one result out. */
@FunctionalInterface
public interface Fn<T, R> extends Serializable {
    R apply(T t) throws Exception;
}
