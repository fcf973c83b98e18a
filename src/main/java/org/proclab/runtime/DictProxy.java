package org.proclab.runtime;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.SyncOp;

/**
 * A proxy for a Manager's dict, like Python's {@code DictProxy}: every call goes to the one copy in the main
 * process. Keys and values travel as copies, so changing a value you got changes nothing shared: put it back.
 */
public final class DictProxy<K, V> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private String name;

    DictProxy(long id) {
        this.id = id;
        this.name = "dict-" + (id & 0xffffff);
    }

    /** Names the dict in the lanes. Call before passing it to a worker. */
    public DictProxy<K, V> name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    /** Python's {@code d[key] = value}; answers the value it replaced, or null. */
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        List<?> found = (List<?>) HubCalls.value(id, SyncOp.DICT_SET, copy(key), copy(value));
        V old = (V) found.get(1);
        emit(EventType.DICT_SET, key, old, value);
        return old;
    }

    /** Python's {@code d.get(key)}: the value, or null when the key is absent. */
    public V get(K key) {
        return getOrDefault(key, null);
    }

    /** Python's {@code d.get(key, default)}. */
    @SuppressWarnings("unchecked")
    public V getOrDefault(K key, V otherwise) {
        List<?> found = (List<?>) HubCalls.value(id, SyncOp.DICT_GET, copy(key));
        V value = (Boolean) found.get(0) ? (V) copy(found.get(1)) : otherwise;
        emit(EventType.DICT_GET, key, null, value);
        return value;
    }

    /** Python's {@code key in d}. */
    public boolean containsKey(K key) {
        return (Boolean) ((List<?>) HubCalls.value(id, SyncOp.DICT_GET, copy(key))).get(0);
    }

    /** Python's {@code d.pop(key, None)} / {@code del d[key]}: answers the value removed, or null. */
    @SuppressWarnings("unchecked")
    public V remove(K key) {
        List<?> found = (List<?>) HubCalls.value(id, SyncOp.DICT_DELETE, copy(key));
        V old = (V) found.get(1);
        if ((Boolean) found.get(0)) {
            emit(EventType.DICT_DELETE, key, old, null);
        }
        return old;
    }

    /** Python's {@code len(d)}. */
    public int size() {
        return (Integer) HubCalls.value(id, SyncOp.DICT_SIZE);
    }

    public void clear() {
        HubCalls.value(id, SyncOp.DICT_CLEAR);
    }

    /** Python's {@code d.copy()} / {@code dict(d)}: a local snapshot, in insertion order. */
    @SuppressWarnings("unchecked")
    public Map<K, V> copy() {
        List<?> flat = (List<?>) copy(HubCalls.value(id, SyncOp.DICT_ITEMS));
        Map<K, V> snapshot = new LinkedHashMap<>();
        for (int i = 0; i < flat.size(); i += 2) {
            snapshot.put((K) flat.get(i), (V) flat.get(i + 1));
        }
        return snapshot;
    }

    private void emit(EventType type, Object key, Object old, Object value) {
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            ctx.emit(ctx.event(type, name).withText(String.valueOf(key))
                    .withValues(old == null ? null : String.valueOf(old), value == null ? null : String.valueOf(value)));
        }
    }

    /** In the main process the hub would keep our very object: copy it, as the pipe does for a worker. */
    static Object copy(Object item) {
        return ProcessContext.current().isMain() ? ItemCodec.copy(item) : item;
    }

    @Override
    public String toString() {
        return "DictProxy(" + name + ")";
    }
}
