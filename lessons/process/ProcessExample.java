package org.proclab.lessons;

import org.proclab.runtime.Params;
import org.proclab.runtime.ProcLabRuntime;
import org.proclab.runtime.Process;
import org.proclab.runtime.Report;

/** Runs a job with two arguments in a new JVM: start it, wait for it, compare the two pids. */
public class ProcessExample {

    /** The job. It runs in the worker process, not in the main one. */
    static void job(int a, int b) {
        ProcessHandle me = ProcessHandle.current();
        long parent = me.parent().map(ProcessHandle::pid).orElse(-1L);
        System.out.println("job(" + a + ", " + b + ") says: a + b = " + (a + b));
        System.out.println("job runs in pid " + me.pid() + "; its parent is pid " + parent);
    }

    public static void main(String[] args) {
        Params params = Params.parse(args);
        int a = params.getInt("a", 1);
        int b = params.getInt("b", 2);
        System.out.println("main runs in pid " + ProcessHandle.current().pid());
        // Python: mp.set_start_method("spawn"): a new JVM per process; "standby" (like "forkserver"): a JVM
        // started ahead of time takes the job, so start() costs little.
        String startMethod = params.getString("start", ProcLabRuntime.SPAWN);
        ProcLabRuntime.setStartMethod(startMethod);

        // Python: p = mp.Process(target=job, args=(a, b))
        Process worker = new Process(ProcessExample::job, a, b);
        long t0 = System.nanoTime();
        worker.start();   // a JVM (new, or a standby) calls job(a, b) there
        worker.join();    // wait until it has finished
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("start() to join() took " + millis + " ms with start method " + startMethod);

        System.out.println("the worker had pid " + worker.pid() + " and exited with code " + worker.exitCode());
        Report.put("main_pid", ProcessHandle.current().pid());
        Report.put("worker_pid", worker.pid());
        Report.put("exit_code", worker.exitCode());
        Report.put("start_to_join_ms", millis);
    }
}
