package org.proclab.runtime.ipc;

import java.util.List;

/**
 * The hub's answer to a SYNC_CALL. It travels as the item of a QUEUE_REPLY frame (a two-element list), so a
 * worker's readers, which already route queue replies by request id, need nothing new.
 */
public record SyncReply(int status, Object value) {
    public static final int OK = 0;
    /** The wait ran out: value is null. */
    public static final int TIMEOUT = 1;
    /** A misuse Python reports with ValueError / RuntimeError / AssertionError: value is the message. */
    public static final int MISUSE = 2;
    /** A pipe's other end is closed and nothing is left: value is the message. */
    public static final int EOF = 3;
    /** No such object (its manager was shut down): value is the message. */
    public static final int GONE = 4;

    public static SyncReply ok(Object value) {
        return new SyncReply(OK, value);
    }

    public static SyncReply timeout() {
        return new SyncReply(TIMEOUT, null);
    }

    public static SyncReply misuse(String message) {
        return new SyncReply(MISUSE, message);
    }

    public Object toItem() {
        return java.util.Arrays.asList(status, value);
    }

    public static SyncReply fromItem(Object item) {
        List<?> pair = (List<?>) item;
        return new SyncReply((Integer) pair.get(0), pair.get(1));
    }
}
