package org.proclab.ui.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import org.proclab.viz.outcome.OutcomeBoard;

/** What the outcome histogram needs: "Run N times", its Stop, and the board with when it changed. */
public interface RepeatCommands {
    void repeat(int runs);

    void stopRepeat();

    OutcomeBoard board();

    /** True while repetitions run. */
    ReadOnlyBooleanProperty repeatingProperty();

    /** True when "Run N times" may start (no normal run and no repetitions active). */
    ReadOnlyBooleanProperty canRepeatProperty();

    /** Goes up each time the board changed. */
    ReadOnlyLongProperty boardVersionProperty();
}
