package org.proclab.runtime.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.ipc.SyncReply;

/**
 * Answers collected under an object's lock and sent after it is let go: an answer may write to a pipe, and
 * no pipe write should ever happen while a hub object is locked.
 */
public final class Outbox {
    private final List<Waiter> waiters = new ArrayList<>(2);
    private final List<SyncReply> replies = new ArrayList<>(2);

    public void send(Waiter waiter, SyncReply reply) {
        waiters.add(waiter);
        replies.add(reply);
    }

    public void ok(Waiter waiter, Object value) {
        send(waiter, SyncReply.ok(value));
    }

    public void deliver() {
        for (int i = 0; i < waiters.size(); i++) {
            waiters.get(i).complete(replies.get(i));
        }
    }
}
