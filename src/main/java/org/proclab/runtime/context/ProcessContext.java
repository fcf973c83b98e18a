package org.proclab.runtime.context;

import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventBus;
import org.proclab.runtime.event.EventSink;
import org.proclab.runtime.event.EventType;
import org.proclab.runtime.ipc.ProcessId;
import org.proclab.runtime.ipc.QueueTransport;
import org.proclab.runtime.sync.SyncHub;

/**
 * Who "this process" is: its name, pid and where its events go. Like Python's
 * {@code multiprocessing.current_process()}. The main process owns an {@link EventBus}; a worker JVM
 * installs a context whose sink writes to the pipe back to its parent.
 */
public final class ProcessContext {
    private static final EventBus MAIN_BUS = new EventBus();
    private static final QueueHub MAIN_QUEUES = new QueueHub();
    private static volatile ProcessContext current =
            new ProcessContext("main", ProcessId.self(), MAIN_BUS, false, true,
                    new MainTransport(MAIN_QUEUES, new SyncHub()), false);

    private final String name;
    private final long pid;
    private final EventSink sink;
    private final boolean alwaysTrace;
    private final boolean main;
    private final QueueTransport queues;
    private final boolean daemon;

    private ProcessContext(String name, long pid, EventSink sink, boolean alwaysTrace, boolean main,
                           QueueTransport queues, boolean daemon) {
        this.daemon = daemon;
        this.queues = queues;
        this.name = name;
        this.pid = pid;
        this.sink = sink;
        this.alwaysTrace = alwaysTrace;
        this.main = main;
    }

    public static ProcessContext current() {
        return current;
    }

    /** The main process's bus. Subscribe to see every event of every worker. */
    public static EventBus events() {
        return MAIN_BUS;
    }

    /** Called once, first thing, inside a worker JVM. Not for learner code. */
    public static void installWorker(String name, EventSink sink, boolean trace, QueueTransport queues) {
        installWorker(name, sink, trace, queues, false);
    }

    /** As above, for a worker started as a daemon (which may not start children of its own). */
    public static void installWorker(String name, EventSink sink, boolean trace, QueueTransport queues,
                                     boolean daemon) {
        current = new ProcessContext(name, ProcessId.self(), sink, trace, false, queues, daemon);
    }

    /** The main process's queue hub, which answers workers' queue requests. Not for learner code. */
    public static QueueHub mainQueues() {
        return MAIN_QUEUES;
    }

    /** Where this process's queue operations go. */
    public QueueTransport queues() {
        return queues;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return pid;
    }

    /** Whether this worker was started as a daemon process. */
    public boolean daemon() {
        return daemon;
    }

    public boolean isMain() {
        return main;
    }

    /** True when someone will see the events: cheap to call before building one. */
    public boolean tracing() {
        return main ? MAIN_BUS.hasListeners() : alwaysTrace;
    }

    public Event event(EventType type, String subject) {
        return Event.of(type, name, pid, subject);
    }

    public void emit(Event event) {
        sink.accept(event);
    }

    /** Emits only when tracing; the common fast path for shared-memory and queue operations. */
    public void emitIfTracing(EventType type, String subject, long index, String oldValue, String newValue) {
        if (tracing()) {
            sink.accept(new Event(type, System.nanoTime(), name, pid, subject, index, oldValue, newValue, null));
        }
    }
}
