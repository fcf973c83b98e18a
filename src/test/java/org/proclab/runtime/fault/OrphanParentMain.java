package org.proclab.runtime.fault;

import org.proclab.runtime.Pool;
import org.proclab.runtime.Process;

/** A main process for the orphan test: starts workers, prints their pids, then waits to be killed. */
public final class OrphanParentMain {
    private OrphanParentMain() {
    }

    public static void main(String[] args) throws Exception {
        Process a = new Process(() -> Thread.sleep(600_000));
        Process b = new Process(() -> {
            while (true) {
                Thread.onSpinWait();
            }
        });
        a.start();
        b.start();
        Pool pool = new Pool(1);
        System.out.println("PIDS " + a.pid() + " " + b.pid() + " " + pool.pids().get(0));
        System.out.flush();
        Thread.sleep(600_000);
    }
}
