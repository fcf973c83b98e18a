package org.proclab.viz.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class WorkerLanesModelTest {

    private static Event ev(EventType type, String worker, long pid, String subject, long index, String text) {
        return new Event(type, 1, worker, pid, subject, index, null, null, text);
    }

    @Test
    void statesFollowTheLifecycleAndTheLock() {
        WorkerLanesModel m = new WorkerLanesModel();
        m.accept(ev(EventType.PROCESS_SPAWNED, "worker-1", 42, null, -1, null));
        WorkerLane lane = m.lanes().get(0);
        assertEquals(WorkerState.STARTING, lane.state());
        assertEquals(42, lane.pid());
        m.accept(ev(EventType.PROCESS_STARTED, "worker-1", 42, null, -1, null));
        assertEquals(WorkerState.RUNNING, lane.state());
        m.accept(ev(EventType.LOCK_WAIT, "worker-1", 42, "lock-1", -1, null));
        assertEquals(WorkerState.WAITING_FOR_LOCK, lane.state());
        assertEquals("lock-1", lane.lock());
        m.accept(ev(EventType.LOCK_ACQUIRED, "worker-1", 42, "lock-1", -1, null));
        assertEquals(WorkerState.HOLDING_LOCK, lane.state());
        m.accept(ev(EventType.OUTPUT, "worker-1", 42, "stdout", -1, "hello"));
        assertEquals(WorkerState.HOLDING_LOCK, lane.state());
        m.accept(ev(EventType.LOCK_RELEASED, "worker-1", 42, "lock-1", -1, null));
        assertEquals(WorkerState.RUNNING, lane.state());
        assertEquals(List.of(42L), m.livePids());
        m.accept(ev(EventType.PROCESS_EXITED, "worker-1", 42, null, 3, "exit 3"));
        assertEquals(WorkerState.EXITED, lane.state());
        assertEquals(3, lane.exitCode());
        assertEquals(List.of("hello"), lane.recentOutput());
        assertTrue(m.livePids().isEmpty());
        m.measured(42, 5_000_000, 1);
        assertEquals(5_000_000, lane.cpuNanos());
        assertEquals(1, lane.lastCpu());
    }

    @Test
    void lastCpuOfThisProcessIsAValidCpuOnLinux() {
        int cpu = ProcessCpuSampler.lastCpu(ProcessHandle.current().pid());
        if (java.nio.file.Files.exists(java.nio.file.Path.of("/proc/self/stat"))) {
            assertTrue(cpu >= 0 && cpu < Runtime.getRuntime().availableProcessors() * 4, "cpu " + cpu);
        }
        ProcessCpuSampler sampler = new ProcessCpuSampler();
        sampler.watch(List.of(ProcessHandle.current().pid()));
        sampler.sample();
        assertTrue(sampler.latest().get(ProcessHandle.current().pid()).cpuNanos() > 0);
    }
}
