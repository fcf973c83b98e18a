package org.proclab.runtime.sync;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * The two directions of a Pipe. End {@code s} receives from {@code inbox[s]} and sends into the other end's.
 * Each end counts the processes holding an open copy of it, as the OS counts a pipe's descriptors: a receiver
 * sees EOF once every copy of the other end is closed and nothing is left to read.
 */
final class PipeState extends SyncObject {
    private static final Object NULL_ITEM = new Object();

    @SuppressWarnings("unchecked")
    private final ArrayDeque<Object>[] inbox = new ArrayDeque[] {new ArrayDeque<>(), new ArrayDeque<>()};
    @SuppressWarnings("unchecked")
    private final ArrayDeque<Waiter>[] receivers = new ArrayDeque[] {new ArrayDeque<>(), new ArrayDeque<>()};
    @SuppressWarnings("unchecked")
    private final ArrayDeque<Waiter>[] pollers = new ArrayDeque[] {new ArrayDeque<>(), new ArrayDeque<>()};
    private final int[] openCopies = {1, 1};
    /** The copies each worker took (PIPE_CLAIM) and has not closed: closed for it if it dies. */
    private final Map<Object, int[]> claims = new HashMap<>();

    @Override
    void handle(int op, long timeoutNanos, List<Object> args, Waiter waiter, Outbox out) {
        int side = intArg(args, 0);
        int other = 1 - side;
        switch (op) {
            case SyncOp.PIPE_SEND:
                send(other, args.get(1), waiter, out);
                break;
            case SyncOp.PIPE_RECV:
                if (!inbox[side].isEmpty()) {
                    out.ok(waiter, unwrap(inbox[side].pollFirst()));
                } else if (openCopies[other] == 0) {
                    out.send(waiter, eof());
                } else {
                    park(receivers[side], waiter, timeoutNanos, out);
                }
                break;
            case SyncOp.PIPE_POLL:
                if (!inbox[side].isEmpty() || openCopies[other] == 0) {
                    out.ok(waiter, true);
                } else {
                    park(pollers[side], waiter, timeoutNanos, out);
                }
                break;
            case SyncOp.PIPE_ATTACH:
                openCopies[side]++;
                out.ok(waiter, openCopies[side]);
                break;
            case SyncOp.PIPE_CLAIM:
                if (waiter.owner() != null) {
                    claims.computeIfAbsent(waiter.owner(), o -> new int[2])[side]++;
                }
                out.ok(waiter, null);
                break;
            case SyncOp.PIPE_CLOSE:
                int[] held = claims.get(waiter.owner());
                if (held != null && held[side] > 0) {
                    held[side]--;
                }
                closeCopy(side, out);
                out.ok(waiter, openCopies[side]);
                break;
            default:
                out.send(waiter, unknownOp(op));
        }
    }

    private void closeCopy(int side, Outbox out) {
        if (openCopies[side] > 0 && --openCopies[side] == 0) {
            wakeAll(receivers[1 - side], eof(), out);
            wakeAll(pollers[1 - side], SyncReply.ok(true), out);
        }
    }

    private void send(int to, Object item, Waiter waiter, Outbox out) {
        if (openCopies[to] == 0) {
            out.send(waiter, SyncReply.misuse("broken pipe: every copy of the other end is closed"));
            return;
        }
        Waiter receiver = receivers[to].pollFirst();
        if (receiver != null) {
            out.ok(receiver, item);
        } else {
            inbox[to].addLast(item == null ? NULL_ITEM : item);
            wakeAll(pollers[to], SyncReply.ok(true), out);
        }
        out.ok(waiter, null);
    }

    private static SyncReply eof() {
        return new SyncReply(SyncReply.EOF, "the other end of the pipe is closed and nothing is left to receive");
    }

    private static void wakeAll(ArrayDeque<Waiter> queue, SyncReply reply, Outbox out) {
        for (Waiter w : queue) {
            out.send(w, reply);
        }
        queue.clear();
    }

    private static Object unwrap(Object item) {
        return item == NULL_ITEM ? null : item;
    }

    @Override
    void forget(Object owner, Outbox out) {
        // As the OS closes a dead process's descriptors: the other end sees EOF if this was the last copy.
        int[] held = owner == null ? null : claims.remove(owner);
        if (held != null) {
            for (int s = 0; s < 2; s++) {
                for (int i = 0; i < held[s]; i++) {
                    closeCopy(s, out);
                }
            }
        }
        for (int s = 0; s < 2; s++) {
            dropOwned(receivers[s], owner);
            dropOwned(pollers[s], owner);
        }
    }
}
