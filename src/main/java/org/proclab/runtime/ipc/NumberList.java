package org.proclab.runtime.ipc;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list of numbers of one type (all {@code Integer}, all {@code Long} or all {@code Double}) as it arrives from
 * another process: the values stay in one primitive array and are boxed only when read. It is as mutable as the
 * {@code ArrayList} it stands for: a change the array cannot hold (an added or removed element, a value of
 * another type) turns it into a plain boxed list first, which then carries on.
 * <p>
 * Why: a map of 1,000,000 squares came back as 1,000,000 {@code Long} objects, and the main process's collector
 * copied them in 20-40 ms pauses in the middle of the map; one {@code long[]} per chunk it barely looks at.
 * What a learner may notice: {@code get(i)} boxes anew each time, so {@code list.get(i) == list.get(i)} (never
 * the right test for boxed numbers) can be false where an {@code ArrayList} would give true.
 */
public final class NumberList extends AbstractList<Object> implements RandomAccess, Serializable {
    private static final long serialVersionUID = 1L;

    /** Which array holds the values, the codec's kinds: {@code Integer}, {@code Long} or {@code Double}. */
    private final Class<?> type;
    private int[] ints;
    private long[] longs;
    private double[] doubles;
    private final int length;
    private ArrayList<Object> boxed;

    private NumberList(Class<?> type, int[] ints, long[] longs, double[] doubles, int length) {
        this.type = type;
        this.ints = ints;
        this.longs = longs;
        this.doubles = doubles;
        this.length = length;
    }

    public static NumberList ofInts(int[] values) {
        return new NumberList(Integer.class, values, null, null, values.length);
    }

    public static NumberList ofLongs(long[] values) {
        return new NumberList(Long.class, null, values, null, values.length);
    }

    public static NumberList ofDoubles(double[] values) {
        return new NumberList(Double.class, null, null, values, values.length);
    }

    /**
     * The parts joined in order as one list: one array when they are all still arrays of the same type, else
     * null (the caller joins them as boxed values).
     */
    public static NumberList join(List<?> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        Class<?> type = null;
        long total = 0;
        for (Object part : parts) {
            if (!(part instanceof NumberList) || ((NumberList) part).boxed != null
                    || (type != null && ((NumberList) part).type != type)) {
                return null;
            }
            type = ((NumberList) part).type;
            total += ((NumberList) part).length;
        }
        if (total > Integer.MAX_VALUE - 8) {
            return null;
        }
        // System.arraycopy copies any primitive array: one loop for the three kinds.
        Object first = ((NumberList) parts.get(0)).array();
        Object all = java.lang.reflect.Array.newInstance(first.getClass().getComponentType(), (int) total);
        int at = 0;
        for (Object part : parts) {
            NumberList p = (NumberList) part;
            System.arraycopy(p.array(), 0, all, at, p.length);
            at += p.length;
        }
        return all instanceof int[] ? ofInts((int[]) all) : all instanceof long[] ? ofLongs((long[]) all)
                : ofDoubles((double[]) all);
    }

    /** The values' array while they are still in one ({@code int[]}, {@code long[]} or {@code double[]}), else null. */
    Object array() {
        return boxed != null ? null : type == Integer.class ? ints : type == Long.class ? longs : doubles;
    }

    @Override
    public int size() {
        return boxed != null ? boxed.size() : length;
    }

    @Override
    public Object get(int index) {
        if (boxed != null) {
            return boxed.get(index);
        }
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
        if (type == Integer.class) {
            return ints[index];
        }
        return type == Long.class ? (Object) longs[index] : (Object) doubles[index];
    }

    @Override
    public Object set(int index, Object element) {
        if (boxed == null && element != null && element.getClass() == type) {
            Object old = get(index);
            if (type == Integer.class) {
                ints[index] = (Integer) element;
            } else if (type == Long.class) {
                longs[index] = (Long) element;
            } else {
                doubles[index] = (Double) element;
            }
            return old;
        }
        return boxed().set(index, element);
    }

    @Override
    public void add(int index, Object element) {
        boxed().add(index, element);
        modCount++;
    }

    @Override
    public Object remove(int index) {
        Object removed = boxed().remove(index);
        modCount++;
        return removed;
    }

    @Override
    public void clear() {
        boxed().clear();
        modCount++;
    }

    @Override
    public Object[] toArray() {
        if (boxed != null) {
            return boxed.toArray();
        }
        Object[] out = new Object[length];
        for (int i = 0; i < length; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** From here on the values live boxed, in an ArrayList, as any list's do. */
    private ArrayList<Object> boxed() {
        if (boxed == null) {
            boxed = new ArrayList<>(Arrays.asList(toArray()));
            ints = null;
            longs = null;
            doubles = null;
        }
        return boxed;
    }

    /** Serialized as the ArrayList it stands for, as before it existed. */
    private Object writeReplace() {
        return new ArrayList<>(this);
    }
}
