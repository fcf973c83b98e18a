package org.proclab.ui.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;
import org.proclab.ui.run.RunState;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.session.StatusMessage;
import org.proclab.ui.text.UiText;

/**
 * The bottom line: the session's status message and how many events the run had, both in the language on
 * screen; the longest frame of the run only for developers ({@link #developerFiguresProperty()}).
 */
public final class StatusBar extends HBox {
    private final UiText text;
    private final LabSession session;
    private final Label message = new Label();
    private final Label events = new Label();
    private final Label frame = new Label();
    private final BooleanProperty developerFigures = new SimpleBooleanProperty();

    public StatusBar(UiText text, LabSession session) {
        this.text = text;
        this.session = session;
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        message.setId("status-text");
        message.setMinWidth(0);
        events.setId("status-events");
        frame.setId("status-frame");
        events.setMinWidth(Region.USE_PREF_SIZE);
        frame.setMinWidth(Region.USE_PREF_SIZE);
        // Frame times are for developers (--dev or -Dproclab.dev=true); a learner has nothing to do with them.
        developerFigures.set(Boolean.getBoolean("proclab.dev"));
        frame.visibleProperty().bind(developerFigures);
        frame.managedProperty().bind(developerFigures);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, events, frame);
        message.textProperty().bind(Bindings.createStringBinding(() -> format(session.statusProperty().get()),
                session.statusProperty(), text.langProperty()));
        session.addOnUpdate(this::update);
        session.runStateProperty().addListener((obs, a, b) -> update());
        text.langProperty().addListener((obs, a, b) -> update());
        developerFigures.addListener((obs, a, b) -> update());
    }

    /** On: the longest frame gap of the run is shown too (a figure for developers, off for learners). */
    public BooleanProperty developerFiguresProperty() {
        return developerFigures;
    }

    private String format(StatusMessage m) {
        return m.isEmpty() ? "" : text.format(m.key(), m.args().toArray());
    }

    private void update() {
        RunController run = session.runController();
        RunData d = run.data();
        if (run.state() == RunState.IDLE) {
            events.setText("");
            frame.setText("");
            return;
        }
        events.setText(text.format("status.events", d.events()));
        frame.setText(!developerFigures.get() ? "" : text.format("status.frame",
                String.format(Locale.ROOT, "%.0f", run.longestFrameGapMillisProperty().get())));
    }
}
