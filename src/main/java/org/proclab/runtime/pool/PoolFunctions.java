package org.proclab.runtime.pool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.ipc.frames.PoolFnFrame;

/**
 * The functions a pool has been given, each encoded once and numbered, so a task carries only a
 * number and each worker receives a function's bytes once. Two lambda objects with the same bytes (the
 * same method reference written at two call sites) share a number, so the workers do not deserialize it
 * again. Guarded by the pool's lock.
 */
final class PoolFunctions {
    private final Map<Object, Integer> ids = new IdentityHashMap<>();
    private final Map<ByteBuffer, Integer> idsByBytes = new HashMap<>();
    private final List<byte[]> blobs = new ArrayList<>();
    private final FunctionCodec codec;

    PoolFunctions(FunctionCodec codec) {
        this.codec = codec;
    }

    int idOf(Object fn) {
        Integer id = ids.get(fn);
        if (id != null) {
            return id;
        }
        byte[] bytes;
        try {
            bytes = codec.encode(fn);
        } catch (IOException ex) {
            throw new IllegalArgumentException("this function cannot be sent to a worker: " + ex.getMessage(), ex);
        }
        Integer known = idsByBytes.get(ByteBuffer.wrap(bytes));
        if (known == null) {
            blobs.add(bytes);
            known = blobs.size() - 1;
            idsByBytes.put(ByteBuffer.wrap(bytes), known);
        }
        ids.put(fn, known);
        return known;
    }

    /** The frame that teaches a worker function {@code id}. */
    PoolFnFrame frame(int id) {
        return new PoolFnFrame(id, blobs.get(id));
    }
}
