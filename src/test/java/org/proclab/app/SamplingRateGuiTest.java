package org.proclab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.proclab.app.AppFixture.fx;

import org.junit.jupiter.api.Test;
import org.proclab.ui.params.ParamModel;
import org.proclab.ui.run.RunState;
import org.proclab.viz.Samplers;

/** The window's load sampler runs at the run rate exactly while a real run is active, and slower when idle. */
class SamplingRateGuiTest extends AppGuiTest {

    @Test
    void samplesFasterWhileARunIsActiveAndSlowerAgainOnceItEnded() throws Exception {
        assertTrue(fx(() -> app.session.showChapter("lock")));
        assertEquals(Samplers.IDLE_PERIOD_MILLIS, app.samplers.period());
        fx(() -> {
            ParamModel params = app.session.params("lock");
            params.value("iterations").orElseThrow().set("10000000");
            params.value("delay").orElseThrow().set("1000");
            app.session.run();
            return null;
        });
        AppFixture.waitUntil(60, () -> app.session.runController().data().lanes().livePids().size() >= 3);
        assertEquals(Samplers.PERIOD_MILLIS, app.samplers.period());
        fx(() -> {
            app.session.stop();
            return null;
        });
        AppFixture.waitUntil(10, () -> app.session.runController().state() == RunState.STOPPED);
        assertEquals(Samplers.IDLE_PERIOD_MILLIS, fx(() -> app.samplers.period()));
    }
}
