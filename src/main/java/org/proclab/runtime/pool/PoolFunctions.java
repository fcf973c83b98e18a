package org.proclab.runtime.pool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.frames.PoolFnFrame;

/**
 * The functions a pool has been given, each serialized once and numbered, so a task carries only a
 * number and each worker receives a function's bytes once. Guarded by the pool's lock.
 */
final class PoolFunctions {
    private final Map<Object, Integer> ids = new IdentityHashMap<>();
    private final List<byte[]> blobs = new ArrayList<>();

    int idOf(Object fn) {
        Integer id = ids.get(fn);
        if (id != null) {
            return id;
        }
        try {
            blobs.add(ItemCodec.serialize(fn));
        } catch (IOException ex) {
            throw new IllegalArgumentException("this function cannot be sent to a worker: " + ex.getMessage(), ex);
        }
        ids.put(fn, blobs.size() - 1);
        return blobs.size() - 1;
    }

    /** The frame that teaches a worker function {@code id}. */
    PoolFnFrame frame(int id) {
        return new PoolFnFrame(id, blobs.get(id));
    }
}
