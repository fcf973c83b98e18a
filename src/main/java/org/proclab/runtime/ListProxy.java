package org.proclab.runtime;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.context.HubCalls;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * A proxy for a Manager's list, like Python's {@code ListProxy}: every call goes to the one copy in the main
 * process. Indexes may be negative, counting from the end; one out of range throws IndexOutOfBoundsException
 * (Python's IndexError).
 */
public final class ListProxy<E> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private String name;

    ListProxy(long id) {
        this.id = id;
        this.name = "list-" + (id & 0xffffff);
    }

    /** Names the list in the lanes. Call before passing it to a worker. */
    public ListProxy<E> name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    public void append(E item) {
        int size = (Integer) HubCalls.value(id, SyncOp.LIST_APPEND, DictProxy.copy(item));
        emit(EventType.LIST_APPEND, size - 1, null, item);
    }

    /** Python's {@code l[index]}. */
    @SuppressWarnings("unchecked")
    public E get(int index) {
        E item = (E) DictProxy.copy(indexed(SyncOp.LIST_GET, index));
        emit(EventType.LIST_GET, index, null, item);
        return item;
    }

    /** Python's {@code l[index] = item}; answers what was there. */
    @SuppressWarnings("unchecked")
    public E set(int index, E item) {
        E old = (E) indexed(SyncOp.LIST_SET, index, DictProxy.copy(item));
        emit(EventType.LIST_SET, index, old, item);
        return old;
    }

    /** Python's {@code l.pop()}: removes and answers the last item. */
    public E pop() {
        return pop(-1);
    }

    /** Python's {@code l.pop(index)}. */
    @SuppressWarnings("unchecked")
    public E pop(int index) {
        E old = (E) indexed(SyncOp.LIST_POP, index);
        emit(EventType.LIST_POP, index, old, null);
        return old;
    }

    /** Python's {@code len(l)}. */
    public int size() {
        return (Integer) HubCalls.value(id, SyncOp.LIST_SIZE);
    }

    /** Python's {@code list(l)}: a local snapshot. */
    @SuppressWarnings("unchecked")
    public List<E> copy() {
        return new ArrayList<>((List<E>) DictProxy.copy(HubCalls.value(id, SyncOp.LIST_ITEMS)));
    }

    private Object indexed(int op, int index, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = index;
        System.arraycopy(more, 0, args, 1, more.length);
        SyncReply reply = HubCalls.call(id, op, -1, args);
        if (reply.status() == SyncReply.MISUSE) {
            throw new IndexOutOfBoundsException("list '" + name + "': " + reply.value());
        }
        return HubCalls.check(reply);
    }

    private void emit(EventType type, long index, Object old, Object item) {
        ProcessContext ctx = ProcessContext.current();
        if (ctx.tracing()) {
            ctx.emit(ctx.event(type, name).withIndex(index)
                    .withValues(old == null ? null : String.valueOf(old), item == null ? null : String.valueOf(item)));
        }
    }

    @Override
    public String toString() {
        return "ListProxy(" + name + ")";
    }
}
