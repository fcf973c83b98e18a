package org.proclab.ui.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Lang;
import org.proclab.lesson.ParamSpec;
import org.proclab.lesson.ParamType;
import org.proclab.lesson.Question;
import org.proclab.lesson.ViewKind;
import org.proclab.lesson.YesCondition;
import org.proclab.host.HostCommand;
import org.proclab.runtime.spawn.JavaCommand;
import org.proclab.ui.run.RepeatController;
import org.proclab.ui.run.RunController;
import org.proclab.ui.session.settings.SettingsStore;
import org.testfx.api.FxToolkit;

/**
 * A session over three made-up chapters whose runs are {@link FakeLabHostMain} processes: "race" finishes at
 * once and reports {@code lost}, "slow" runs until stopped, "plain" has no question. No window, only the FX
 * thread (the controllers drain their hosts once per frame).
 */
public final class SessionFixture {
    /** Console notes come out as "key[arg, arg]", so tests can check them without a language. */
    public static final Messages KEYS = (key, args) -> key + Arrays.toString(args);

    static final Chapter RACE = chapter("race", "Race", "竞争",
            new Question(Map.of(Lang.EN, "Nothing lost?"), Map.of(Lang.EN, "No."), "lost",
                    YesCondition.parse("== 0").orElseThrow()));
    static final Chapter SLOW = chapter("slow", "Slow", "慢", null);
    static final Chapter PLAIN = chapter("plain", "Plain", "普通", null);

    public final LabSession session;

    public SessionFixture(SettingsStore settings) {
        this(settings, List.of(RACE, SLOW, PLAIN));
    }

    public SessionFixture(SettingsStore settings, List<Chapter> chapters) {
        HostCommand.Factory commands = (id, params) -> {
            List<String> args = new ArrayList<>(List.of(id.equals("slow") ? "hang" : "finish"));
            params.forEach((k, v) -> args.add(k + "=" + v));
            return JavaCommand.forMain(FakeLabHostMain.class).args(args).toList();
        };
        // A Python run here is a script that raised (FakePythonHostMain).
        HostCommand.Factory python = (id, params) -> JavaCommand.forMain(FakePythonHostMain.class).toList();
        session = new LabSession(chapters, null, List.of(), settings, new RunController(commands, python),
                new RepeatController(commands), KEYS);
    }

    private static Chapter chapter(String id, String en, String zh, Question question) {
        return chapter(id, en, zh, question, EnumSet.of(ViewKind.CORES, ViewKind.LANES, ViewKind.CONSOLE, ViewKind.STEP));
    }

    /** A chapter of the fake course with these lab views. */
    public static Chapter chapter(String id, String en, String zh, Question question, Set<ViewKind> views) {
        List<ParamSpec> params = List.of(
                new ParamSpec("lock", ParamType.CHOICE, "none", null, null, List.of("none", "loop", "each"), Map.of()),
                new ParamSpec("iterations", ParamType.INT, "10", 1L, 1000L, List.of(), Map.of()),
                new ParamSpec("lost", ParamType.INT, "0", 0L, 100L, List.of(), Map.of()));
        return new Chapter(id, Map.of(Lang.EN, en, Lang.ZH, zh), Map.of(Lang.EN, "Text."), "x.Example",
                "class Example {}", params, views, "Example.java", question);
    }

    /**
     * Starts the FX toolkit the way TestFX does: a toolkit started by {@code Platform.startup} instead would
     * leave the GUI tests that run later in this JVM without their primary stage.
     */
    public static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    public static <T> T fx(Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    public static void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    public static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    /** Ends every run and waits until no process of it is left. */
    public void close() throws Exception {
        fxRun(session::shutdown);
        waitUntil(20, () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }
}
