package org.proclab.runtime;

import java.io.Serializable;
import java.util.List;

/** API stub, implemented by the shared-memory work: a fixed-length one-dimensional array in shared memory. */
public final class Array<T extends Number> implements Serializable {
    public Array(char typeCode, int length) { throw new UnsupportedOperationException("not yet"); }
    public Array(char typeCode, List<? extends T> initial) { throw new UnsupportedOperationException("not yet"); }
    public static <T extends Number> Array<T> of(char typeCode, Object initializer) { throw new UnsupportedOperationException("not yet"); }
    public Array<T> name(String name) { return this; }
    public String name() { return null; }
    public char typeCode() { return 0; }
    public int length() { return 0; }
    public T get(int index) { return null; }
    public void set(int index, T value) { }
    public T getAndAdd(int index, T delta) { return null; }
    public List<T> toList() { return null; }
    public Lock getLock() { return null; }
}
