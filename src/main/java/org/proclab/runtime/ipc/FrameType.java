package org.proclab.runtime.ipc;

/**
 * The kinds of frame on the pipe between a parent and a worker JVM. Part of the wire format: keep the numbers.
 * Each payload is written and read by its class in {@code ipc.frames} (RUN by {@code RunFrame}, and so on).
 */
public final class FrameType {
    private FrameType() {
    }

    /** Wire-format version, sent in HELLO; a mismatch means parent and worker come from different builds. */
    public static final int VERSION = 5;

    // parent -> worker
    /** Become a Process: {@code RunFrame}. */
    public static final byte RUN = 1;
    /** Become a pool worker: {@code PoolStartFrame}. */
    public static final byte POOL_START = 2;
    /** A pool's function: {@code PoolFnFrame}. */
    public static final byte POOL_FN = 3;
    /** A pool's task: {@code PoolTaskFrame}. */
    public static final byte POOL_TASK = 4;
    /** The answer to QUEUE_GET or SYNC_CALL: {@code QueueReplyFrame}. */
    public static final byte QUEUE_REPLY = 5;
    /** A pool worker should finish and exit; no payload. */
    public static final byte SHUTDOWN = 6;
    /** More shared operations a worker in step mode may perform: {@code StepFrame}. */
    public static final byte STEP = 7;

    // worker -> parent
    /** The JVM is up and waits for its job: {@code HelloFrame}. */
    public static final byte HELLO = 20;
    /** The target (or pool loop) has begun; no payload. */
    public static final byte STARTED = 21;
    /** One event: {@code EventCodec}. */
    public static final byte EVENT = 22;
    /** A printed line: {@code OutputFrame}. */
    public static final byte OUTPUT = 23;
    /** A queue put: {@code QueuePutFrame}. */
    public static final byte QUEUE_PUT = 24;
    /** A queue get: {@code QueueGetFrame}. */
    public static final byte QUEUE_GET = 25;
    /** A task's results: {@code TaskDoneFrame}. */
    public static final byte TASK_DONE = 26;
    /** A task's exception: {@code TaskErrorFrame}. */
    public static final byte TASK_ERROR = 27;
    /** Sent just before a worker exits on its own: {@code ExitNoticeFrame}. */
    public static final byte EXIT_NOTICE = 28;
    /** An operation on a shared object in the main process's hub: {@code SyncCallFrame}; answered by QUEUE_REPLY. */
    public static final byte SYNC_CALL = 29;
}
