package org.proclab.ui.shell;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.proclab.lesson.Lang;
import javafx.util.Duration;
import org.proclab.ui.run.RunState;
import org.proclab.ui.session.LabSession;
import org.proclab.ui.text.UiText;

/**
 * The top bar: brand, previous / next chapter, the run state (ticking while a run is active and the bar is on
 * screen), language and theme switches, all bound to the session.
 */
public final class AppBar extends HBox {
    private final UiText text;
    private final Button prev = iconButton("prev-chapter", "icon-prev");
    private final Button next = iconButton("next-chapter", "icon-next");
    private final Label runState = new Label();
    private final ToggleButton en = new ToggleButton("EN");
    private final ToggleButton zh = new ToggleButton("中文");
    private final Button theme = iconButton("theme-toggle", "icon-theme");
    private final LabSession session;
    private final Timeline clock;
    private RunState shownState;

    public AppBar(UiText text, LabSession session) {
        this.text = text;
        this.session = session;
        getStyleClass().add("app-bar");
        setId("app-bar");
        setAlignment(Pos.CENTER_LEFT);
        Region bars = new Region();
        bars.getStyleClass().addAll("icon", "icon-logo");
        StackPane logo = new StackPane(bars);
        logo.getStyleClass().add("logo-badge");
        Label brand = new Label("ProcLab");
        brand.getStyleClass().add("brand");
        Label tagline = new Label();
        tagline.getStyleClass().add("tagline");
        tagline.textProperty().bind(text.bind("app.tagline"));
        tagline.setMinWidth(0);
        HBox brandBox = new HBox(logo, brand, tagline);
        brandBox.getStyleClass().add("brand-box");
        brandBox.setAlignment(Pos.CENTER_LEFT);
        brandBox.setMinWidth(0);
        HBox.setHgrow(brandBox, Priority.SOMETIMES);

        HBox navBox = new HBox(prev, next);
        navBox.getStyleClass().add("nav-buttons");
        prev.setTooltip(tooltip("nav.prev"));
        next.setTooltip(tooltip("nav.next"));

        runState.setId("run-state");
        runState.getStyleClass().add("run-state");
        runState.setMinWidth(Region.USE_PREF_SIZE);

        ToggleGroup langs = new ToggleGroup();
        en.setToggleGroup(langs);
        zh.setToggleGroup(langs);
        en.setId("lang-en");
        zh.setId("lang-zh");
        en.getStyleClass().addAll("segment", "first");
        zh.getStyleClass().addAll("segment", "last");
        // A segmented switch: clicking the selected one must not leave neither selected.
        langs.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            }
        });
        en.setOnAction(e -> text.langProperty().set(Lang.EN));
        zh.setOnAction(e -> text.langProperty().set(Lang.ZH));
        text.langProperty().addListener((obs, a, b) -> syncLang());
        syncLang();
        HBox langBox = new HBox(en, zh);
        langBox.getStyleClass().add("segmented");
        langBox.setMinWidth(Region.USE_PREF_SIZE);
        theme.setTooltip(tooltip("app.theme"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(brandBox, navBox, spacer, runState, langBox, theme);
        prev.setOnAction(e -> session.previous());
        prev.disableProperty().bind(session.hasPreviousProperty().not());
        next.setOnAction(e -> session.next());
        next.disableProperty().bind(session.hasNextProperty().not());
        theme.setOnAction(e -> session.toggleTheme());
        clock = new Timeline(new KeyFrame(Duration.millis(250), e -> {
            if (session.runningProperty().get()) {
                showState();
            }
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
        // The clock ticks only during a run: a playing Timeline keeps JavaFX pulsing every frame.
        Runnable clockState = () -> {
            if (getScene() != null && session.runningProperty().get()) {
                clock.play();
            } else {
                clock.stop();
            }
        };
        sceneProperty().addListener((obs, a, scene) -> clockState.run());
        session.runningProperty().addListener((obs, a, b) -> clockState.run());
        session.runStateProperty().addListener((obs, a, b) -> showState());
        text.langProperty().addListener((obs, a, b) -> showState());
        showState();
    }

    private void showState() {
        showState(session.runStateProperty().get(), session.elapsedSeconds());
    }

    /** Stops the clock for good (the window closes). */
    public void dispose() {
        clock.stop();
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text.bind(key));
        return t;
    }

    private static Button iconButton(String id, String iconClass) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", iconClass);
        Button b = new Button();
        b.setGraphic(icon);
        b.setId(id);
        b.getStyleClass().add("icon-button");
        return b;
    }

    private void syncLang() {
        en.setSelected(text.lang() == Lang.EN);
        zh.setSelected(text.lang() == Lang.ZH);
    }

    /** Shows the run state as a word with a coloured dot (the pseudo-class is the state's name). */
    private void showState(RunState state, double seconds) {
        if (state == null) {
            return;
        }
        if (shownState != null) {
            runState.pseudoClassStateChanged(PseudoClass.getPseudoClass(shownState.name().toLowerCase()), false);
        }
        shownState = state;
        runState.pseudoClassStateChanged(PseudoClass.getPseudoClass(state.name().toLowerCase()), true);
        String word = text.get("state.run." + state.name().toLowerCase());
        runState.setText(state == RunState.IDLE ? word
                : word + String.format(java.util.Locale.ROOT, "  %.1f s", seconds));
    }
}
