package org.proclab.ui.session;

import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.proclab.lesson.Chapter;
import org.proclab.ui.session.settings.PredictionStore;

/**
 * Predict, then reveal, without nodes: the entry of the chapter on screen (what the learner said and, after a
 * finished run, how it turned out) as a property. A guess is stored at once; a finished run grades it.
 */
public final class Predictions {
    private final PredictionStore store;
    private final ReadOnlyObjectWrapper<PredictionStore.Entry> shownEntry = new ReadOnlyObjectWrapper<>();
    private Chapter shown;

    Predictions(PredictionStore store) {
        this.store = store;
    }

    /** The chapter on screen changed. */
    void show(Chapter chapter) {
        shown = chapter;
        shownEntry.set(chapter == null ? null : store.get(chapter.id()).orElse(null));
    }

    /** The learner's guess for the chapter on screen ("yes", "no" or a value); an earlier reveal is dropped. */
    public void predict(String prediction) {
        if (shown != null && prediction != null && !prediction.isBlank()) {
            store.predict(shown.id(), prediction);
            shownEntry.set(store.get(shown.id()).orElse(null));
        }
    }

    /** A run of {@code ran} finished with these parameters and reports: grade the guess, if there is one. */
    void finished(Chapter ran, Map<String, String> params, Map<String, String> reports) {
        if (ran == null || ran.question() == null) {
            return;
        }
        if (store.reveal(ran.id(), ran.question(), params, reports).isPresent() && ran == shown) {
            shownEntry.set(store.get(ran.id()).orElse(null));
        }
    }

    /** The entry of the chapter on screen; null when the learner has not predicted anything for it. */
    public ReadOnlyObjectProperty<PredictionStore.Entry> shownEntryProperty() {
        return shownEntry.getReadOnlyProperty();
    }

    public PredictionStore store() {
        return store;
    }
}
