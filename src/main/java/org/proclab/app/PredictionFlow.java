package org.proclab.app;

import java.util.Map;
import java.util.Optional;
import org.proclab.app.settings.PredictionStore;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.predict.Reveal;
import org.proclab.ui.lesson.PredictionBox;

/**
 * Predict, then reveal: the prediction box shows the chapter's question and what was remembered for it; a
 * guess is stored at once; after a finished run the guess is compared with the run's reports, stored and shown.
 */
final class PredictionFlow {
    private final PredictionStore store;
    private final PredictionBox box;
    private Chapter shown;

    PredictionFlow(PredictionStore store, PredictionBox box) {
        this.store = store;
        this.box = box;
        box.setOnPredict(p -> {
            if (shown != null) {
                store.predict(shown.id(), p);
                box.showReveal(null);
            }
        });
    }

    /** The chapter on screen changed. */
    void show(Chapter chapter) {
        shown = chapter;
        box.show(chapter, store.get(chapter.id()).orElse(null));
    }

    /** A run of {@code ran} finished with these parameters and reports. */
    void finished(Chapter ran, Map<String, String> params, Map<String, String> reports) {
        if (ran == null || ran.question() == null) {
            return;
        }
        Optional<Reveal> reveal = store.reveal(ran.id(), ran.question(), params, reports);
        if (reveal.isPresent() && ran == shown) {
            box.showReveal(reveal.get());
        }
    }

    PredictionStore store() {
        return store;
    }
}
