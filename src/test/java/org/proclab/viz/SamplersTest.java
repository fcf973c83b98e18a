package org.proclab.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The sampling rate follows whether something runs; a fake scheduler is the clock, so no timing is asserted. */
class SamplersTest {

    /** Keeps every scheduled task with its delay; {@link #runDue()} runs the ones not cancelled. */
    private static final class FakeScheduler implements Samplers.Scheduler {
        final List<Long> delays = new ArrayList<>();
        private final List<Runnable> tasks = new ArrayList<>();
        private final List<CompletableFuture<Void>> futures = new ArrayList<>();

        @Override
        public Future<?> schedule(Runnable task, long delayMillis) {
            delays.add(delayMillis);
            tasks.add(task);
            CompletableFuture<Void> f = new CompletableFuture<>();
            futures.add(f);
            return f;
        }

        /** Runs every task scheduled so far that is still pending (the ones it schedules wait for the next call). */
        void runDue() {
            int n = tasks.size();
            for (int i = 0; i < n; i++) {
                if (!futures.get(i).isDone()) {
                    futures.get(i).complete(null);
                    tasks.get(i).run();
                }
            }
        }
    }

    @Test
    void samplesOnceASecondWhenIdleAndAtTheRunRateAtOnceWhenARunStarts() {
        FakeScheduler clock = new FakeScheduler();
        int[] samples = {0};
        Samplers samplers = new Samplers(clock, () -> samples[0]++).start();
        assertEquals(List.of(0L), clock.delays);
        clock.runDue();
        assertEquals(1, samples[0]);
        assertEquals(List.of(0L, Samplers.IDLE_PERIOD_MILLIS), clock.delays);

        samplers.setFast(true);
        // The idle wait is replaced by a sample now, then the run rate.
        assertEquals(List.of(0L, Samplers.IDLE_PERIOD_MILLIS, 0L), clock.delays);
        clock.runDue();
        assertEquals(2, samples[0], "the cancelled idle sample must not run as well");
        assertEquals(Samplers.PERIOD_MILLIS, clock.delays.get(clock.delays.size() - 1));
        clock.runDue();
        assertEquals(3, samples[0]);
        assertEquals(Samplers.PERIOD_MILLIS, clock.delays.get(clock.delays.size() - 1));

        samplers.setFast(false);
        clock.runDue();
        assertEquals(4, samples[0]);
        assertEquals(Samplers.IDLE_PERIOD_MILLIS, clock.delays.get(clock.delays.size() - 1));
        samplers.close();
        int scheduled = clock.delays.size();
        clock.runDue();
        assertEquals(4, samples[0], "closed: no more samples");
        assertEquals(scheduled, clock.delays.size());
    }

    @Test
    void aSampleOfAReplacedChainDoesNotStartASecondChain() {
        FakeScheduler clock = new FakeScheduler();
        int[] samples = {0};
        Samplers samplers = new Samplers(clock, () -> samples[0]++).start();
        // The first task is "running" when the switch comes: cancel cannot stop it, its chain must end.
        Runnable first = clock.tasks.get(0);
        samplers.setFast(true);
        first.run();
        assertEquals(0, samples[0], "the replaced sample is skipped");
        clock.runDue();
        assertEquals(1, samples[0]);
        long pending = clock.futures.stream().filter(f -> !f.isDone()).count();
        assertEquals(1, pending, "one chain of samples, not two");
        assertTrue(clock.delays.get(clock.delays.size() - 1) == Samplers.PERIOD_MILLIS);
        samplers.close();
    }
}
