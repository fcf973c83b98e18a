package org.proclab.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proclab.runtime.ipc.ItemCodec;
import org.proclab.runtime.ipc.MalformedFrameException;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.PayloadWriter;
import org.proclab.runtime.ipc.RecordForm;

/**
 * The values of a {@link JobCodec} direct job or function (a lambda's captured values and a job's arguments):
 * compact items, the runtime's handles as the references their serialized forms carry, and records of these.
 * A handle or record met twice is written once and refers back, so it arrives as one object, as with
 * serialization.
 */
final class JobValues {
    private static final byte ITEM = 0;
    private static final byte SAME = 1;
    private static final byte QUEUE = 2;
    private static final byte JOINABLE_QUEUE = 3;
    private static final byte VALUE = 4;
    private static final byte ARRAY = 5;
    private static final byte LOCK = 6;
    private static final byte EVENT = 7;
    private static final byte BARRIER = 8;
    private static final byte RECORD = 9;
    /** Records inside records: deeper than this goes by serialization (it also ends a record that holds itself). */
    private static final int MAX_DEPTH = 16;

    private JobValues() {
    }

    /**
     * The values, each a compact item, a handle or a record of such values. A handle or record passed twice
     * arrives as one object, as with serialization; a list met twice (or inside itself) sends the job by
     * serialization, which keeps that.
     */
    static boolean write(PayloadWriter out, List<Object> values) {
        Map<Object, Integer> shared = new IdentityHashMap<>();
        Set<Object> lists = Collections.newSetFromMap(new IdentityHashMap<>());
        out.writeInt(values.size());
        for (Object v : values) {
            if (!writeValue(out, v, shared, lists, 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean writeValue(PayloadWriter out, Object v, Map<Object, Integer> shared, Set<Object> lists,
                                      int depth) {
        Integer seen = v == null ? null : shared.get(v);
        if (seen != null) {
            out.writeByte(SAME).writeInt(seen);
            return true;
        }
        if (writeHandle(out, v)) {
            shared.put(v, shared.size());
            return true;
        }
        if (v instanceof Record) {
            return writeRecord(out, (Record) v, shared, lists, depth);
        }
        if (ItemCodec.isCompact(v, lists)) {
            out.writeByte(ITEM);
            ItemCodec.write(out, v);
            return true;
        }
        return false;
    }

    /**
     * A record travels as its class and its components; the worker calls its canonical constructor with them,
     * which is also how serialization makes a record. Only a Serializable one: any other would fail there.
     */
    private static boolean writeRecord(PayloadWriter out, Record r, Map<Object, Integer> shared, Set<Object> lists,
                                       int depth) {
        Object[] components = RecordForm.travels(r) && depth < MAX_DEPTH ? RecordForm.components(r) : null;
        if (components == null) {
            return false;
        }
        out.writeByte(RECORD).writeString(r.getClass().getName()).writeInt(components.length);
        for (Object component : components) {
            if (!writeValue(out, component, shared, lists, depth + 1)) {
                return false;
            }
        }
        shared.put(r, shared.size());
        return true;
    }

    private static boolean writeHandle(PayloadWriter out, Object v) {
        if (v == null) {
            return false;
        } else if (v.getClass() == Queue.class || v.getClass() == JoinableQueue.class) {
            out.writeByte(v.getClass() == Queue.class ? QUEUE : JOINABLE_QUEUE);
            ((Queue<?>) v).writeRef(out);
        } else if (v instanceof Value) {
            out.writeByte(VALUE);
            ((Value<?>) v).writeRef(out);
        } else if (v instanceof Array) {
            out.writeByte(ARRAY);
            ((Array<?>) v).writeRef(out);
        } else if (v instanceof Lock) {
            out.writeByte(LOCK);
            ((Lock) v).writeRef(out);
        } else if (v instanceof Event) {
            out.writeByte(EVENT);
            ((Event) v).writeRef(out);
        } else if (v instanceof Barrier) {
            out.writeByte(BARRIER);
            ((Barrier) v).writeRef(out);
        } else {
            return false;
        }
        return true;
    }

    static Object[] read(PayloadReader in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.remaining()) {
            throw new MalformedFrameException("job value count " + n + " is out of range");
        }
        Object[] values = new Object[n];
        List<Object> shared = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values[i] = readValue(in, shared, 0);
        }
        return values;
    }

    private static Object readValue(PayloadReader in, List<Object> shared, int depth) throws IOException {
        byte tag = in.readByte();
        Object value;
        switch (tag) {
            case ITEM:
                return ItemCodec.read(in);
            case SAME:
                int index = in.readInt();
                if (index < 0 || index >= shared.size()) {
                    throw new MalformedFrameException("job value " + index + " was not sent before");
                }
                return shared.get(index);
            case RECORD:
                value = readRecord(in, shared, depth);
                break;
            case QUEUE:
                value = Queue.readRef(in);
                break;
            case JOINABLE_QUEUE:
                value = JoinableQueue.readRef(in);
                break;
            case VALUE:
                value = Value.readRef(in);
                break;
            case ARRAY:
                value = Array.readRef(in);
                break;
            case LOCK:
                value = Lock.readRef(in);
                break;
            case EVENT:
                value = Event.readRef(in);
                break;
            case BARRIER:
                value = Barrier.readRef(in);
                break;
            default:
                throw new MalformedFrameException("unknown job value tag " + tag);
        }
        shared.add(value);
        return value;
    }

    private static Object readRecord(PayloadReader in, List<Object> shared, int depth) throws IOException {
        if (depth >= MAX_DEPTH) {
            throw new MalformedFrameException("records nested deeper than " + MAX_DEPTH);
        }
        String name = in.readString();
        int n = in.readInt();
        if (n < 0 || n > in.remaining()) {
            throw new MalformedFrameException("record component count " + n + " is out of range");
        }
        Object[] components = new Object[n];
        for (int i = 0; i < n; i++) {
            components[i] = readValue(in, shared, depth + 1);
        }
        return RecordForm.make(name, components);
    }
}
