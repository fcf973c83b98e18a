package org.proclab.ui.lab;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The frame every lab view sits in: a title, tools on the right, and the view filling the rest. */
public class LabCard extends VBox {
    private final HBox tools = new HBox();
    private final Label title = new Label();

    public LabCard(String id, ObservableValue<String> titleText) {
        setId(id);
        getStyleClass().add("lab-card");
        title.getStyleClass().add("card-title");
        title.textProperty().bind(titleText);
        title.setMinWidth(Region.USE_PREF_SIZE);
        tools.getStyleClass().add("card-tools");
        tools.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(tools, Priority.ALWAYS);
        HBox header = new HBox(title, tools);
        header.getStyleClass().add("card-header");
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(header);
        setMinHeight(0);
    }

    /** Puts the view's body under the header; it takes all remaining height. */
    public void setBody(Node body) {
        if (getChildren().size() > 1) {
            getChildren().remove(1, getChildren().size());
        }
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().add(body);
    }

    public HBox tools() {
        return tools;
    }
}
