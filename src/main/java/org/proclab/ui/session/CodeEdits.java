package org.proclab.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.proclab.compile.CompileProblem;
import org.proclab.compile.CompileResult;
import org.proclab.compile.SourceCompiler;
import org.proclab.compile.SourceNames;
import org.proclab.ui.session.settings.EditStore;

/**
 * The learner's code: which source the editor shows ({@link CodeTarget}), its edits kept per chapter and
 * exercise across restarts ({@link EditStore}), the chapters with an edit (for the navigator), the compile
 * problems of the code on screen and the line an exception named. Compiling happens off the FX thread while
 * the learner types, so a Run finds the compiler warm; compiling never runs any learner code.
 */
public final class CodeEdits {
    private final EditStore store;
    private final SourceCompiler compiler;
    private final ObservableSet<String> editedChapters = FXCollections.observableSet();
    /** One view kept for good: an unmodifiable wrapper listens weakly, so a fresh one per call could be collected. */
    private final ObservableSet<String> editedChaptersView = FXCollections.unmodifiableObservableSet(editedChapters);
    private final ReadOnlyObjectWrapper<CodeTarget> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<CompileProblem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper exceptionLine = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper refusedRuns = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper checks = new ReadOnlyIntegerWrapper();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "code-check");
        t.setDaemon(true);
        return t;
    });
    private volatile long generation;
    private final Consumer<StatusMessage> status;

    CodeEdits(EditStore store, SourceCompiler compiler) {
        this(store, compiler, message -> { });
    }

    /** @param status where Open… and Save… say what happened (the session's status line) */
    CodeEdits(EditStore store, SourceCompiler compiler, Consumer<StatusMessage> status) {
        this.store = store;
        this.compiler = compiler;
        this.status = status;
        store.edits().keySet().forEach(key -> editedChapters.add(chapterOf(key)));
    }

    /** Whether this Java can compile at all; without a compiler the originals still run. */
    public boolean canCompile() {
        return compiler.available();
    }

    public ReadOnlyObjectProperty<CodeTarget> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public CodeTarget shown() {
        return shown.get();
    }

    /** Puts this code in the editor; its problems and exception mark start empty. */
    public void show(CodeTarget target) {
        generation++;
        problems.set(List.of());
        exceptionLine.set(-1);
        shown.set(target);
    }

    /** The source of a target as the learner left it (the original when unedited). */
    public String source(CodeTarget target) {
        return store.edit(target.key()).orElse(target.original());
    }

    public boolean edited(CodeTarget target) {
        return store.edit(target.key()).isPresent();
    }

    /** Keeps the learner's text for the code on screen; the original text forgets the edit. */
    public void edit(String text) {
        CodeTarget t = shown.get();
        if (t == null || text.equals(source(t))) {
            return;
        }
        store.putEdit(t.key(), text.equals(t.original()) ? null : text);
        refreshMark(t);
        exceptionLine.set(-1);
        checkInBackground(t, text);
    }

    /** Back to the shipped code of the target on screen. */
    public void reset() {
        CodeTarget t = shown.get();
        if (t != null) {
            store.putEdit(t.key(), null);
            refreshMark(t);
            generation++;
            problems.set(List.of());
            exceptionLine.set(-1);
        }
    }

    /**
     * The file the target's code is compiled as. A chapter's example keeps its name; the scratch page's code
     * is named after its public class, as javac requires, so the learner may call it anything.
     */
    public String fileName(CodeTarget target) {
        return target.chapter().scratch() ? SourceNames.fileName(source(target), target.fileName())
                : target.fileName();
    }

    /**
     * Open…: the file's text becomes the edit of the code on screen (Reset still brings back the original).
     * A file that cannot be read, is not UTF-8 or is over {@link CodeFile#MAX_BYTES} changes nothing; the
     * status line says why. Returns what the status line now says.
     */
    public StatusMessage open(Path file) {
        StatusMessage said;
        try {
            String text = CodeFile.read(file);
            if (shown.get() == null) {
                return StatusMessage.NONE;
            }
            edit(text);
            opened.set(opened.get() + 1);
            said = StatusMessage.of("status.fileOpened", String.valueOf(file.getFileName()));
        } catch (CodeFile.Problem problem) {
            said = problem.status();
        }
        status.accept(said);
        return said;
    }

    /** Save…: writes the code on screen to {@code file}; a failure keeps everything as it was and says why. */
    public StatusMessage saveTo(Path file) {
        StatusMessage said;
        try {
            CodeTarget t = shown.get();
            if (t == null) {
                return StatusMessage.NONE;
            }
            CodeFile.write(file, source(t));
            said = StatusMessage.of("status.fileSaved", String.valueOf(file.toAbsolutePath()));
        } catch (CodeFile.Problem problem) {
            said = problem.status();
        }
        status.accept(said);
        return said;
    }

    /** What changed between the original and the learner's version of the target on screen. */
    public List<LineDiff.Line> diff() {
        CodeTarget t = shown.get();
        return t == null ? List.of() : LineDiff.between(t.original(), source(t));
    }

    /** Compiles the target on screen now (for a Run) and publishes its problems. */
    CompileResult compileShown() {
        CodeTarget t = shown.get();
        CompileResult result = compiler.compile(fileName(t), source(t));
        generation++;
        problems.set(result.errors());
        checks.set(checks.get() + 1);
        if (!result.ok()) {
            refusedRuns.set(refusedRuns.get() + 1);
        }
        return result;
    }

    private void checkInBackground(CodeTarget t, String text) {
        if (!compiler.available()) {
            return;
        }
        long gen = ++generation;
        background.execute(() -> {
            if (gen != generation) {
                return;
            }
            CompileResult r = compiler.compile(t.chapter().scratch()
                    ? SourceNames.fileName(text, t.fileName()) : t.fileName(), text);
            Platform.runLater(() -> {
                if (gen == generation) {
                    problems.set(r.errors());
                    checks.set(checks.get() + 1);
                }
            });
        });
    }

    void markException(int line) {
        exceptionLine.set(line);
    }

    private void refreshMark(CodeTarget t) {
        String chapter = t.chapter().id();
        boolean any = store.edits().keySet().stream().anyMatch(k -> chapterOf(k).equals(chapter));
        if (any) {
            editedChapters.add(chapter);
        } else {
            editedChapters.remove(chapter);
        }
    }

    private static String chapterOf(String key) {
        int sep = key.indexOf("--");
        return sep < 0 ? key : key.substring(0, sep);
    }

    /** Ids of chapters whose example or exercise the learner has changed. */
    public ObservableSet<String> editedChapters() {
        return editedChaptersView;
    }

    /** Errors of the code on screen, from the last compile (while typing or for a Run). */
    public ReadOnlyObjectProperty<List<CompileProblem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Counts files opened into the editor: the editor then shows the new text of the code on screen. */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** Counts the compiles whose problems were published (an unchanged empty list fires no problems event). */
    public ReadOnlyIntegerProperty checksProperty() {
        return checks.getReadOnlyProperty();
    }

    /** Counts Runs refused for compile errors: the editor then shows the first error's line. */
    public ReadOnlyIntegerProperty refusedRunsProperty() {
        return refusedRuns.getReadOnlyProperty();
    }

    /** The line of the code on screen an exception of the last run named, or -1. */
    public ReadOnlyIntegerProperty exceptionLineProperty() {
        return exceptionLine.getReadOnlyProperty();
    }

    /** The remembered divider between lesson text and code (0..1), or {@code fallback} if never moved. */
    public double splitPosition(double fallback) {
        double split = store.split();
        return split > 0.05 && split < 0.95 ? split : fallback;
    }

    public void rememberSplit(double position) {
        store.putSplit(position);
    }
}
