package org.proclab.viz.cores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoreLoadSamplerTest {

    @Test
    void samplesOneLoadPerLogicalCoreBetweenZeroAndOne() throws Exception {
        CoreLoadSampler sampler = new CoreLoadSampler(new LoadHistory(60_000));
        sampler.sample();
        Thread.sleep(200);
        sampler.sample();
        LoadHistory h = sampler.history();
        assertEquals(Runtime.getRuntime().availableProcessors(), h.cores());
        for (double load : h.snapshot().get(0).loads()) {
            assertTrue(load >= 0 && load <= 1, "load " + load);
        }
    }

    @Test
    void historyKeepsAboutOneMinute() {
        LoadHistory h = new LoadHistory(60_000);
        for (int i = 0; i < 200; i++) {
            h.add(i * 500L, new double[] {0.5});
        }
        assertTrue(h.snapshot().size() <= 124, "kept " + h.snapshot().size());
        assertTrue(h.snapshot().get(0).timeMillis() <= 199 * 500L - 60_000);
    }
}
