package org.proclab.runtime.shm;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Turns what a learner passes to {@code Array} (a length, a List, a Java array) into checked elements. */
public final class ArrayInitializer {
    private ArrayInitializer() {
    }

    /** A length for {@code type}: not negative, and small enough for one shared file. */
    public static int checkLength(TypeCode type, long length) {
        long max = (Integer.MAX_VALUE - SharedFile.DATA - 8) / type.slot().bytes;
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("Array length must be between 0 and " + max + " for "
                    + type.describe() + "; got " + length);
        }
        return (int) length;
    }

    /** For the typed constructor: each element must already be the code's Java type. */
    public static List<Number> typed(TypeCode type, List<?> initial) {
        List<?> items = oneDimensional(initial);
        List<Number> elements = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            type.requireJavaType(item, "element " + i, "Array.of('" + type.code() + "', list)");
            elements.add(type.coerce(item));
        }
        checkLength(type, elements.size());
        return elements;
    }

    /** For {@code Array.of}: a whole number means "this many zeros", as in Python's {@code Array('i', 10)}. */
    public static boolean isLength(Object initializer) {
        return initializer instanceof Integer || initializer instanceof Long || initializer instanceof Short;
    }

    /** For {@code Array.of}: the elements of a List or Java array, each converted to the code's type. */
    public static List<Number> converted(TypeCode type, Object initializer) {
        List<?> items = oneDimensional(asList(initializer));
        List<Number> elements = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            try {
                elements.add(type.coerce(item));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("element " + i + ": " + e.getMessage(), e);
            }
        }
        checkLength(type, elements.size());
        return elements;
    }

    private static List<?> asList(Object initializer) {
        if (initializer instanceof List) {
            return (List<?>) initializer;
        }
        if (initializer instanceof Collection) {
            return new ArrayList<>((Collection<?>) initializer);
        }
        if (initializer instanceof Object[]) {
            return Arrays.asList((Object[]) initializer);
        }
        if (initializer != null && initializer.getClass().isArray()) {
            int n = Array.getLength(initializer);
            List<Object> boxed = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                boxed.add(Array.get(initializer, i));
            }
            return boxed;
        }
        throw new IllegalArgumentException("Array.of needs a length, a List or a Java array such as int[];"
                + " got " + (initializer == null ? "null" : initializer + " (a " + initializer.getClass().getSimpleName() + ")"));
    }

    private static List<?> oneDimensional(List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String what = item instanceof Collection ? "a list" : item != null && item.getClass().isArray() ? "an array" : null;
            if (what != null) {
                throw new IllegalArgumentException("Array is one-dimensional: element " + i + " is " + what
                        + "; flatten it or use one Array per row");
            }
        }
        return items;
    }
}
