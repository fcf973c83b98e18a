package org.proclab.runtime.sync;

import java.util.ArrayDeque;
import java.util.List;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/**
 * A reentrant lock: its owner (pid and thread) and how many times it holds it. Only the owner may release;
 * waiters get the lock in the order they asked. Answers to acquire and release carry the level after them.
 */
final class RLockState extends SyncObject {
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private long ownerPid;
    private long ownerThread;
    private int count;

    @Override
    void handle(int op, long timeoutNanos, List<Object> args, Waiter waiter, Outbox out) {
        long pid = longArg(args, 0);
        long thread = longArg(args, 1);
        boolean mine = count > 0 && ownerPid == pid && ownerThread == thread;
        switch (op) {
            case SyncOp.RLOCK_ACQUIRE:
            case SyncOp.RLOCK_RESTORE:
                int levels = op == SyncOp.RLOCK_RESTORE ? intArg(args, 2) : 1;
                if (mine && op == SyncOp.RLOCK_ACQUIRE) {
                    count++;
                    out.ok(waiter, count);
                } else if (count == 0 && waiting.isEmpty()) {
                    take(pid, thread, levels);
                    out.ok(waiter, count);
                } else {
                    park(waiting, waiter.data(new long[] {pid, thread, levels}), timeoutNanos, out);
                }
                break;
            case SyncOp.RLOCK_RELEASE:
            case SyncOp.RLOCK_RELEASE_ALL:
                if (!mine) {
                    out.send(waiter, SyncReply.misuse("cannot release un-acquired lock: this thread does not own it"));
                    break;
                }
                int before = count;
                count = op == SyncOp.RLOCK_RELEASE ? count - 1 : 0;
                if (count == 0) {
                    handOver(out);
                }
                out.ok(waiter, op == SyncOp.RLOCK_RELEASE ? count : before);
                break;
            case SyncOp.RLOCK_OWNED:
                out.ok(waiter, mine);
                break;
            case SyncOp.RLOCK_COUNT:
                out.ok(waiter, count);
                break;
            default:
                out.send(waiter, unknownOp(op));
        }
    }

    private void take(long pid, long thread, int levels) {
        ownerPid = pid;
        ownerThread = thread;
        count = levels;
    }

    private void handOver(Outbox out) {
        Waiter next = waiting.pollFirst();
        if (next != null) {
            long[] who = (long[]) next.data();
            take(who[0], who[1], (int) who[2]);
            out.ok(next, count);
        }
    }

    @Override
    void forget(Object owner, Outbox out) {
        dropOwned(waiting, owner);
    }
}
