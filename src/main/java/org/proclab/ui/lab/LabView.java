package org.proclab.ui.lab;

import javafx.scene.Node;
import org.proclab.ui.run.RunData;

/** One view of the lab panel. It draws what a {@link RunData} holds; it is told once per frame at most. */
public interface LabView {
    Node node();

    /** The data changed (or a new run began with empty data). Cheap when nothing this view shows changed. */
    void refresh(RunData data);

    /** How much of the lab's height the view would like, as a share (the split pane's divider positions). */
    default double weight() {
        return 1;
    }

    /** The view leaves the screen: stop timers, unbind. */
    default void dispose() {
    }
}
