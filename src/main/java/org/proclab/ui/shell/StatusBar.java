package org.proclab.ui.shell;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.proclab.ui.run.RunController;
import org.proclab.ui.run.RunData;
import org.proclab.ui.text.UiText;

/** The bottom line: what happened last, how many events, and the longest frame of the run. */
public final class StatusBar extends HBox {
    private final UiText text;
    private final Label message = new Label();
    private final Label events = new Label();
    private final Label frame = new Label();

    public StatusBar(UiText text) {
        this.text = text;
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        message.setId("status-text");
        message.setMinWidth(0);
        events.setId("status-events");
        frame.setId("status-frame");
        events.setMinWidth(Region.USE_PREF_SIZE);
        frame.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, events, frame);
    }

    public void setMessage(String s) {
        message.setText(s);
    }

    public void update(RunController run) {
        RunData d = run.data();
        if (run.state() == org.proclab.ui.run.RunState.IDLE) {
            events.setText("");
            frame.setText("");
            return;
        }
        events.setText(text.format("status.events", d.events()));
        frame.setText(text.format("status.frame",
                String.format(Locale.ROOT, "%.0f", run.longestFrameGapMillisProperty().get())));
    }
}
