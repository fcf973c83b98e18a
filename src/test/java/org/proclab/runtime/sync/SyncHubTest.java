package org.proclab.runtime.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.ipc.SyncOp;
import org.proclab.runtime.ipc.SyncReply;

/** The hub's objects on their own: who is answered, in what order, and what a dead worker leaves behind. */
class SyncHubTest {
    private final SyncHub hub = new SyncHub();
    private final List<String> answers = new ArrayList<>();

    private Waiter waiter(String who, Object owner) {
        return new Waiter(owner, r -> answers.add(who + ":" + r.status() + ":" + r.value()));
    }

    private void call(long id, int op, long timeout, String who, Object owner, Object... args) {
        hub.call(id, op, timeout, Arrays.asList(args), waiter(who, owner));
    }

    @Test
    void semaphoreWaitersAreServedFirstComeFirstServed() {
        call(1, SyncOp.CREATE, -1, "create", null, SyncOp.KIND_SEMAPHORE, 0, -1);
        call(1, SyncOp.SEM_ACQUIRE, -1, "a", null);
        call(1, SyncOp.SEM_ACQUIRE, -1, "b", null);
        call(1, SyncOp.SEM_RELEASE, -1, "r1", null);
        call(1, SyncOp.SEM_RELEASE, -1, "r2", null);
        call(1, SyncOp.SEM_RELEASE, -1, "r3", null);
        assertEquals(List.of("create:0:null", "a:0:0", "r1:0:0", "b:0:0", "r2:0:0", "r3:0:1"), answers);
    }

    @Test
    void aNotifyBetweenTakingATicketAndAwaitingItIsNotLost() {
        call(2, SyncOp.CREATE, -1, "create", null, SyncOp.KIND_CONDITION);
        call(2, SyncOp.COND_ENQUEUE, -1, "ticket", null);
        call(2, SyncOp.COND_NOTIFY, -1, "notify", null, 1);
        call(2, SyncOp.COND_AWAIT, 0, "await", null, 1L);
        assertEquals(List.of("create:0:null", "ticket:0:1", "notify:0:1", "await:0:true"), answers);
    }

    @Test
    void aDeadWorkersWaitsAreDroppedAndItsPipeCopiesClosed() {
        Object worker = new Object();
        call(3, SyncOp.CREATE, -1, "create", null, SyncOp.KIND_PIPE);
        call(3, SyncOp.PIPE_ATTACH, -1, "attach", null, 1);
        call(3, SyncOp.PIPE_CLAIM, -1, "claim", worker, 1);
        call(3, SyncOp.PIPE_RECV, -1, "workerRecv", worker, 1);
        call(3, SyncOp.PIPE_CLOSE, -1, "mainCloses", null, 1);
        call(3, SyncOp.PIPE_RECV, -1, "mainRecv", null, 0);
        answers.clear();
        hub.forget(worker);
        call(3, SyncOp.PIPE_SEND, -1, "send", null, 0, "lost?");
        assertEquals(List.of("mainRecv:3:the other end of the pipe is closed and nothing is left to receive",
                "send:2:broken pipe: every copy of the other end is closed"), answers);
    }

    @Test
    void aDroppedObjectAnswersGone() {
        call(4, SyncOp.CREATE, -1, "create", null, SyncOp.KIND_DICT);
        call(4, SyncOp.DICT_SET, -1, "set", null, "k", 1);
        call(4, SyncOp.DROP, -1, "drop", null);
        call(4, SyncOp.DICT_GET, -1, "get", null, "k");
        assertEquals("get:" + SyncReply.GONE + ":no such shared object (was its Manager shut down?)", answers.get(3));
    }
}
