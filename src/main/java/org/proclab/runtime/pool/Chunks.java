package org.proclab.runtime.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/** How a pool cuts its input into tasks, with CPython's default sizes. */
public final class Chunks {
    private Chunks() {
    }

    /** CPython's map: about four chunks per worker, ceil(n / (4 × workers)), at least 1. */
    public static int defaultSize(int items, int workers) {
        int chunk = items / (workers * 4);
        if (items % (workers * 4) != 0) {
            chunk++;
        }
        return Math.max(1, chunk);
    }

    public static int checked(int chunksize) {
        if (chunksize < 1) {
            throw new IllegalArgumentException("chunksize must be at least 1, not " + chunksize);
        }
        return chunksize;
    }

    public static List<Object> toList(Iterable<?> items) {
        if (items == null) {
            throw new IllegalArgumentException("a pool needs items to work on, not null");
        }
        List<Object> list = new ArrayList<>();
        for (Object item : items) {
            list.add(item);
        }
        return list;
    }

    /**
     * The items as a list without copying when they already are one: for calls that wait for their result
     * (map, starmap), so the caller cannot change the list while the tasks read it. A copy of a million
     * items cost the parent tens of ms.
     */
    @SuppressWarnings("unchecked")
    public static List<Object> borrow(Iterable<?> items) {
        if (items instanceof List && items instanceof RandomAccess) {
            return (List<Object>) items;
        }
        return toList(items);
    }

    /** Chunks that are views of {@code all}, for a borrowed list. */
    public static List<List<Object>> views(List<Object> all, int chunksize) {
        List<List<Object>> chunks = new ArrayList<>(all.size() / chunksize + 1);
        for (int from = 0; from < all.size(); from += chunksize) {
            chunks.add(all.subList(from, Math.min(all.size(), from + chunksize)));
        }
        return chunks;
    }

    public static List<List<Object>> split(List<Object> all, int chunksize) {
        List<List<Object>> chunks = new ArrayList<>(all.size() / chunksize + 1);
        for (int from = 0; from < all.size(); from += chunksize) {
            chunks.add(new ArrayList<>(all.subList(from, Math.min(all.size(), from + chunksize))));
        }
        return chunks;
    }
}
