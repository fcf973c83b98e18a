package org.proclab.runtime.worker;

import java.io.IOException;
import org.proclab.runtime.JobCodec;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.step.StepGate;
import org.proclab.runtime.ipc.FrameType;
import org.proclab.runtime.ipc.PayloadReader;
import org.proclab.runtime.ipc.frames.ExitNoticeFrame;
import org.proclab.runtime.ipc.frames.RunFrame;

/** Runs a {@code Process} target in this worker and turns its outcome into Python's exit codes. */
final class TargetRunner {
    private final WorkerLink link;

    TargetRunner(WorkerLink link) {
        this.link = link;
    }

    /** Returns the exit code: 0 when the target returned, 1 when it threw (its stack trace goes to stderr). */
    int run(PayloadReader in) throws IOException {
        RunFrame run = RunFrame.decode(in);
        String name = run.name();
        if (run.step()) {
            StepGate.enable(run.stepSource());
        }
        ProcessContext.installWorker(name, link, run.trace(), link, run.daemon());
        int code;
        String reason;
        try {
            JobCodec.Job job = JobCodec.decode(run.job());
            link.send(FrameType.STARTED, new byte[0]);
            job.run();
            code = 0;
            reason = "finished";
        } catch (Throwable t) {
            // Like Python: the traceback goes to the worker's stderr and the exit code is 1.
            System.err.println("Process " + name + ":");
            t.printStackTrace();
            code = 1;
            reason = "uncaught " + t;
        }
        // Like a CPython child, returned or failed: it lives on until the threads its target started have ended.
        try {
            joinNonDaemonThreads();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        link.send(ExitNoticeFrame.TYPE, new ExitNoticeFrame(code, reason).encode());
        return code;
    }

    private static void joinNonDaemonThreads() throws InterruptedException {
        Thread me = Thread.currentThread();
        while (true) {
            ThreadGroup root = me.getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Thread[] threads = new Thread[root.activeCount() + 8];
            int n = root.enumerate(threads, true);
            Thread waitFor = null;
            for (int i = 0; i < n && waitFor == null; i++) {
                Thread t = threads[i];
                if (t != me && !t.isDaemon() && t.isAlive()) {
                    waitFor = t;
                }
            }
            if (waitFor == null) {
                return;
            }
            waitFor.join();
        }
    }
}
