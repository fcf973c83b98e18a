package org.proclab.runtime;

import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.ipc.SyncOp;

/**
 * Like Python's {@code multiprocessing.Manager()}: makes shared containers whose one copy lives with an
 * owner, here the main process's hub (Python starts a server process for it), and hands out proxies that
 * send every operation there. Each operation is atomic on its own; a read followed by a write is not
 * (hold a Lock around {@code d.put(k, d.get(k) + 1)}, as in Python). Closing the manager drops its
 * containers: later operations on their proxies throw IllegalStateException.
 */
public final class Manager implements AutoCloseable {
    private final List<Long> made = new ArrayList<>();
    private boolean shutDown;

    /** Python's {@code manager.dict()}: an empty shared dict. */
    public synchronized <K, V> DictProxy<K, V> dict() {
        return new DictProxy<>(make(SyncOp.KIND_DICT));
    }

    /** Python's {@code manager.list()}: an empty shared list. */
    public synchronized <E> ListProxy<E> list() {
        return new ListProxy<>(make(SyncOp.KIND_LIST));
    }

    private long make(int kind) {
        if (shutDown) {
            throw new IllegalStateException("the manager has been shut down");
        }
        long id = HubCalls.create(kind);
        made.add(id);
        return id;
    }

    /** Drops every container this manager made. */
    public synchronized void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        for (long id : made) {
            HubCalls.value(id, SyncOp.DROP);
        }
        made.clear();
    }

    @Override
    public void close() {
        shutdown();
    }
}
