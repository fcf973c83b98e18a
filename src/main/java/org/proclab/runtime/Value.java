package org.proclab.runtime;

import java.io.Serializable;

/** API stub, implemented by the shared-memory work: a typed number in memory shared by all processes. */
public final class Value<T extends Number> implements Serializable {
    public Value(char typeCode, T initial) { throw new UnsupportedOperationException("not yet"); }
    public static <T extends Number> Value<T> of(char typeCode, Object initial) { throw new UnsupportedOperationException("not yet"); }
    public Value<T> name(String name) { return this; }
    public String name() { return null; }
    public char typeCode() { return 0; }
    public T get() { return null; }
    public void set(T value) { }
    public T getAndAdd(T delta) { return null; }
    public Lock getLock() { return null; }
}
