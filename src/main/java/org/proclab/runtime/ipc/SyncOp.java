package org.proclab.runtime.ipc;

/**
 * The operations of SYNC_CALL, the one request of every shared object that lives in the main process's hub
 * (Event, Semaphore, RLock, Condition, Pipe, managed dict and list, and a Queue's sizes and joins).
 * Part of the wire format: keep the numbers.
 */
public final class SyncOp {
    private SyncOp() {
    }

    /** args: kind, then the kind's parameters. */
    public static final int CREATE = 1;
    /** The object is gone (a Manager shut down); no args. */
    public static final int DROP = 2;

    public static final int KIND_EVENT = 1;
    public static final int KIND_SEMAPHORE = 2;
    public static final int KIND_RLOCK = 3;
    public static final int KIND_CONDITION = 4;
    public static final int KIND_PIPE = 5;
    public static final int KIND_DICT = 6;
    public static final int KIND_LIST = 7;

    // Queue ops (objectId = the queue's id): the queue hub answers them.
    /** args: maxsize, item; waits while full. */
    public static final int QUEUE_PUT = 10;
    public static final int QUEUE_SIZE = 11;
    public static final int QUEUE_TASK_DONE = 12;
    /** Waits until every item put has been marked done. */
    public static final int QUEUE_JOIN = 13;

    public static final int EVENT_SET = 20;
    public static final int EVENT_CLEAR = 21;
    public static final int EVENT_IS_SET = 22;
    public static final int EVENT_WAIT = 23;

    public static final int SEM_ACQUIRE = 30;
    public static final int SEM_RELEASE = 31;
    public static final int SEM_VALUE = 32;

    /** args of every RLock op: the caller's pid and thread id. */
    public static final int RLOCK_ACQUIRE = 40;
    public static final int RLOCK_RELEASE = 41;
    /** Releases every level at once and answers how many there were (Condition.wait). */
    public static final int RLOCK_RELEASE_ALL = 42;
    /** args: pid, thread, levels: takes the lock back with the levels RELEASE_ALL answered. */
    public static final int RLOCK_RESTORE = 43;
    public static final int RLOCK_OWNED = 44;
    public static final int RLOCK_COUNT = 45;

    /** Answers a ticket: the waiter's place, taken before it lets go of the lock. */
    public static final int COND_ENQUEUE = 50;
    /** args: ticket; true if notified, false on timeout. */
    public static final int COND_AWAIT = 51;
    /** args: how many to wake (-1 = all); answers how many were woken. */
    public static final int COND_NOTIFY = 52;

    /** args: side (0 or 1), item. */
    public static final int PIPE_SEND = 60;
    /** args: side; the next item for that side, EOF once the other side is closed and drained. */
    public static final int PIPE_RECV = 61;
    /** args: side; true when recv would not wait. */
    public static final int PIPE_POLL = 62;
    /** args: side; one more process holds that end (it is being sent to one). */
    public static final int PIPE_ATTACH = 63;
    /** args: side; one process closed its copy of that end. */
    public static final int PIPE_CLOSE = 64;
    /** args: side; the asking worker received a copy: if it dies, that copy closes. Not answered to wait on. */
    public static final int PIPE_CLAIM = 65;

    /** args: key; answers [found, value]. */
    public static final int DICT_GET = 70;
    /** args: key, value; answers [found, old value]. */
    public static final int DICT_SET = 71;
    /** args: key; answers [found, old value]. */
    public static final int DICT_DELETE = 72;
    public static final int DICT_SIZE = 73;
    /** Answers the entries as a flat list [k1, v1, k2, v2, ...], in insertion order. */
    public static final int DICT_ITEMS = 74;
    public static final int DICT_CLEAR = 75;

    public static final int LIST_APPEND = 80;
    public static final int LIST_GET = 81;
    /** args: index, value; answers the old value. */
    public static final int LIST_SET = 82;
    /** args: index; answers the removed value. */
    public static final int LIST_POP = 83;
    public static final int LIST_SIZE = 84;
    public static final int LIST_ITEMS = 85;

    public static boolean isQueueOp(int op) {
        return op >= QUEUE_PUT && op <= QUEUE_JOIN;
    }
}
