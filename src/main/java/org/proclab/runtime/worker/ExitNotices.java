package org.proclab.runtime.worker;

import org.proclab.runtime.ipc.frames.ExitNoticeFrame;
import org.proclab.runtime.spawn.ExitStatus;

/**
 * Tells the parent, as the JVM leaves, whether a signal or {@code System.exit} ended it: both give the same raw
 * status (143 after SIGTERM, 143 after {@code System.exit(143)}), and only this side can tell them apart.
 */
final class ExitNotices {
    private ExitNotices() {
    }

    static void install(WorkerLink link) {
        // A class, not a lambda: see FrameWriter's flusher.
        Thread hook = new Thread(new Runnable() {
            @Override
            public void run() {
                int signal = signalBeingHandled();
                if (signal > 0) {
                    link.send(ExitNoticeFrame.TYPE, new ExitNoticeFrame(-signal, "signal " + signal).encode());
                } else {
                    link.send(ExitNoticeFrame.TYPE, new ExitNoticeFrame(ExitStatus.EXIT_CALLED, "System.exit")
                            .encode());
                }
                link.flush();
            }
        }, "proclab-exit-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * The JVM runs the exit sequence of a SIGTERM, SIGINT or SIGHUP on a thread named "SIGTERM handler" (and so
     * on), which is still alive while the hooks run; a plain System.exit has no such thread.
     */
    private static int signalBeingHandled() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 8];
        int n = root.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            String name = threads[i].getName();
            if ("SIGTERM handler".equals(name)) {
                return 15;
            } else if ("SIGINT handler".equals(name)) {
                return 2;
            } else if ("SIGHUP handler".equals(name)) {
                return 1;
            }
        }
        return 0;
    }
}
