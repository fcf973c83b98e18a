package org.proclab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.Event;

class FirstStartWarmUpTest {

    @Test
    void warmsUpWithoutEmittingAnEventOrStartingAWorker() throws Exception {
        List<Event> seen = new ArrayList<>();
        try (AutoCloseable subscription = ProcessContext.events().subscribe(seen::add)) {
            int workersBefore = org.proclab.runtime.spawn.WorkerLauncher.live().size();
            FirstStartWarmUp.run();
            assertEquals(List.of(), seen);
            assertEquals(workersBefore, org.proclab.runtime.spawn.WorkerLauncher.live().size());
        }
    }
}
