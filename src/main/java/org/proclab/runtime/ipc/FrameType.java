package org.proclab.runtime.ipc;

/** The kinds of frame on the pipe between a parent and a worker JVM. Part of the wire format: keep the numbers. */
public final class FrameType {
    private FrameType() {
    }

    /** Wire-format version, sent in HELLO; a mismatch means parent and worker come from different builds. */
    public static final int VERSION = 1;

    // parent -> worker
    /** name, trace flag, step flag, serialized target and arguments: become a Process. */
    public static final byte RUN = 1;
    /** name, pool name, trace flag: become a pool worker. */
    public static final byte POOL_START = 2;
    /** function id, serialized Fn. */
    public static final byte POOL_FN = 3;
    /** task id, function id, items. */
    public static final byte POOL_TASK = 4;
    /** request id, found flag, item: the answer to QUEUE_GET. */
    public static final byte QUEUE_REPLY = 5;
    /** a pool worker should finish and exit. */
    public static final byte SHUTDOWN = 6;
    /** number of shared operations a worker in step mode may now perform. */
    public static final byte STEP = 7;

    // worker -> parent
    /** version, pid: the JVM is up and waits for its job. */
    public static final byte HELLO = 20;
    /** the target (or pool loop) has begun. */
    public static final byte STARTED = 21;
    public static final byte EVENT = 22;
    /** stream (0 stdout, 1 stderr), line. */
    public static final byte OUTPUT = 23;
    /** queue id, item. */
    public static final byte QUEUE_PUT = 24;
    /** request id, queue id, timeout in nanoseconds (-1 = wait forever). */
    public static final byte QUEUE_GET = 25;
    /** task id, results. */
    public static final byte TASK_DONE = 26;
    /** task id, exception class, message, stack trace. */
    public static final byte TASK_ERROR = 27;
    /** exit code, reason: sent just before a worker exits on its own. */
    public static final byte EXIT_NOTICE = 28;
}
