package org.proclab.viz.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;

class SpeedModelTest {

    private static Event report(String key, String value) {
        return new Event(EventType.REPORT, 1, "main", 1, key, -1, null, value, null);
    }

    @Test
    void timesSpeedUpsAndTheSweepComeFromReports() {
        SpeedModel m = new SpeedModel();
        m.accept(report("plain_ms", "300"));
        m.accept(report("threads_ms", "310"));
        m.accept(report("processes_ms", "150"));
        m.accept(report("sweep:1000000:plain_ms", "3"));
        m.accept(report("sweep:1000000:processes_ms", "120"));
        m.accept(report("sweep:100000000:plain_ms", "300"));
        m.accept(report("sweep:100000000:processes_ms", "200"));
        m.accept(report("expected", "40"));
        assertEquals(2.0, m.speedUp(SpeedModel.Way.PROCESSES).getAsDouble(), 1e-9);
        assertTrue(m.speedUp(SpeedModel.Way.THREADS).getAsDouble() < 1);
        assertEquals(2, m.sweep().size());
        assertEquals(1.5, SpeedModel.speedUp(m.sweep().get(100_000_000L), SpeedModel.Way.PROCESSES).getAsDouble(), 1e-9);
    }
}
