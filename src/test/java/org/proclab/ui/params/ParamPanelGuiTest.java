package org.proclab.ui.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.proclab.lesson.Lang;
import org.proclab.lesson.ParamSpec;
import org.proclab.lesson.ParamType;
import org.proclab.ui.text.UiText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ParamPanelGuiTest {
    private final ParamModel model = new ParamModel(List.of(
            new ParamSpec("iterations", ParamType.INT, "1000", 1L, 10_000L, List.of(), Map.of(Lang.EN, "how many")),
            new ParamSpec("lock", ParamType.CHOICE, "none", null, null, List.of("none", "loop", "each"), Map.of()),
            new ParamSpec("gil", ParamType.BOOL, "false", null, null, List.of(), Map.of())));
    private ParamSwitch lockSwitch;
    private ParamSwitch gilSwitch;

    @Start
    void start(Stage stage) {
        UiText text = new UiText();
        ParamPanel panel = new ParamPanel(text);
        panel.show(model);
        lockSwitch = new ParamSwitch("lock", new SimpleStringProperty("Lock"));
        lockSwitch.bind(model, "lock");
        gilSwitch = new ParamSwitch("gil", new SimpleStringProperty("GIL"));
        gilSwitch.bind(model, "gil");
        stage.setScene(new Scene(new VBox(panel, lockSwitch, gilSwitch), 700, 400));
        stage.show();
    }

    @Test
    void anOutOfRangeValueIsMarkedAndSaysWhatIsAllowed(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#param-iterations").queryAs(TextField.class);
        Label hint = robot.lookup("#param-hint-iterations").queryAs(Label.class);
        assertEquals("1 – 10,000", hint.getText());
        robot.clickOn(field);
        WaitForAsyncUtils.asyncFx(field::selectAll).get();
        robot.write("20_000");
        WaitForAsyncUtils.waitForFxEvents();
        Node box = field.getParent();
        assertTrue(box.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")),
                () -> field.getText() + " / " + hint.getText() + " / " + box.getStyleClass());
        assertTrue(hint.getText().startsWith("Out of range"), hint.getText());
        assertFalse(model.validProperty().get());
        WaitForAsyncUtils.asyncFx(field::selectAll).get();
        robot.write("2,500");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.validProperty().get());
        assertEquals("2500", model.snapshot().get("iterations"));
    }

    @Test
    void switchesSetTheirParameterAndFollowIt(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#lock-switch .thumb-area").queryAs(Node.class));
        assertEquals("loop", model.value("lock").orElseThrow().get());
        WaitForAsyncUtils.asyncFx(() -> model.value("lock").orElseThrow().set("each")).get();
        assertEquals("each", robot.lookup("#lock-mode").queryAs(javafx.scene.control.ComboBox.class).getValue());
        robot.clickOn(robot.lookup("#lock-switch .thumb-area").queryAs(Node.class));
        assertEquals("none", model.value("lock").orElseThrow().get());
        robot.clickOn(robot.lookup("#gil-switch .thumb-area").queryAs(Node.class));
        assertEquals("true", model.snapshot().get("gil"));
        assertFalse(robot.lookup("#gil-mode").queryAs(Node.class).isVisible(), "a boolean has no modes");
    }
}
