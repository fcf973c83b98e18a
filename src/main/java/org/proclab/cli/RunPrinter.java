package org.proclab.cli;

import org.proclab.lesson.Chapter;
import org.proclab.runtime.event.Event;

import java.util.Map;

/** How a run is shown: tagged text for people, JSON lines for the app and scripts. */
interface RunPrinter {

    /** Before the example starts. */
    void header(Chapter chapter, Map<String, String> params);

    /** Every runtime event, on whatever thread produced it. */
    void event(Event event);

    /** After the run, with everything it did. */
    void result(Chapter chapter, RunOutcome outcome);
}
