package org.proclab.runtime.sync;

import java.util.ArrayList;
import java.util.List;
import org.proclab.runtime.ipc.SyncReply;

/**
 * Answers collected under an object's lock and sent after it is let go: an answer may write to a pipe, and
 * no pipe write should ever happen while a hub object is locked. Most queue operations answer nobody, so
 * the lists are made only when needed.
 */
public final class Outbox {
    private List<Waiter> waiters;
    private List<SyncReply> replies;

    public void send(Waiter waiter, SyncReply reply) {
        if (waiters == null) {
            waiters = new ArrayList<>(2);
            replies = new ArrayList<>(2);
        }
        waiters.add(waiter);
        replies.add(reply);
    }

    public void ok(Waiter waiter, Object value) {
        send(waiter, SyncReply.ok(value));
    }

    public void deliver() {
        if (waiters == null) {
            return;
        }
        for (int i = 0; i < waiters.size(); i++) {
            waiters.get(i).complete(replies.get(i));
        }
    }
}
