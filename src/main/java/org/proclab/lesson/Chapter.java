package org.proclab.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One lesson, loaded from {@code lessons/<id>/}.
 *
 * @param id            folder name, e.g. "lock"
 * @param title         per language
 * @param markdown      lesson text per language
 * @param exampleClass  fully qualified name of the compiled example (its main(String[]) is what Run runs)
 * @param exampleSource the example's Java source exactly as it is on disk: the code that runs
 * @param params        what a learner may change
 * @param views         which lab views the chapter wants
 * @param sourceFile    the example's file name, e.g. "LockExample.java"
 * @param question      the predict-then-reveal question; null if the chapter has none
 * @param outcome       which reports are its expected and final value; {@link OutcomeSpec#NONE} if none
 * @param presets       the lesson's "Try this" lines as one-click parameter settings, in lesson order
 * @param reportLabels  report key to what it means in words, per language ({@code "labels"} in chapter.json)
 * @param focus         the method the code editor opens at (its declaration line), or null for the top
 * @param exercises     the chapter's checked exercises, in order
 * @param scratch       the page for the learner's own program ({@code "kind": "scratch"}), not a chapter of the
 *                      course: it is always compiled and run by its main class, whatever the learner names it
 */
public record Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                      String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                      Question question, OutcomeSpec outcome, List<Preset> presets,
                      Map<String, Map<Lang, String>> reportLabels, String focus, List<Exercise> exercises,
                      boolean scratch) {

    /** A chapter of the course (not the scratch page). */
    public Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                   String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                   Question question, OutcomeSpec outcome, List<Preset> presets,
                   Map<String, Map<Lang, String>> reportLabels, String focus, List<Exercise> exercises) {
        this(id, title, markdown, exampleClass, exampleSource, params, views, sourceFile, question, outcome,
                presets, reportLabels, focus, exercises, false);
    }

    /** A chapter without focus and exercises. */
    public Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                   String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                   Question question, OutcomeSpec outcome, List<Preset> presets,
                   Map<String, Map<Lang, String>> reportLabels) {
        this(id, title, markdown, exampleClass, exampleSource, params, views, sourceFile, question, outcome,
                presets, reportLabels, null, List.of());
    }

    /** A chapter without presets and report labels. */
    public Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                   String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                   Question question, OutcomeSpec outcome, String focus, List<Exercise> exercises) {
        this(id, title, markdown, exampleClass, exampleSource, params, views, sourceFile, question, outcome,
                List.of(), Map.of(), focus, exercises);
    }

    /**
     * A learner's own program run by class name ({@code run --main CLASS}): no parameters, no outcome, every
     * view; its id is the class's simple name.
     */
    public static Chapter ofProgram(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        Map<Lang, String> name = Map.of(Lang.EN, simple, Lang.ZH, simple);
        return new Chapter(simple, name, Map.of(Lang.EN, "", Lang.ZH, ""), className, "", List.of(),
                Set.of(ViewKind.values()), simple + ".java", null);
    }

    public Chapter {
        outcome = outcome == null ? OutcomeSpec.NONE : outcome;
        presets = presets == null ? List.of() : List.copyOf(presets);
        reportLabels = reportLabels == null ? Map.of() : Map.copyOf(reportLabels);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    /** A chapter that declares an outcome but no presets or report labels. */
    public Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                   String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                   Question question, OutcomeSpec outcome) {
        this(id, title, markdown, exampleClass, exampleSource, params, views, sourceFile, question, outcome,
                List.of(), Map.of());
    }

    /** A chapter with presets and report labels but no declared outcome. */
    public Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                   String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                   Question question, List<Preset> presets, Map<String, Map<Lang, String>> reportLabels) {
        this(id, title, markdown, exampleClass, exampleSource, params, views, sourceFile, question,
                OutcomeSpec.NONE, presets, reportLabels);
    }

    /** A chapter without outcome, presets or report labels. */
    public Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                   String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                   Question question) {
        this(id, title, markdown, exampleClass, exampleSource, params, views, sourceFile, question,
                OutcomeSpec.NONE, List.of(), Map.of());
    }

    /** The original shape, for code written before the chapter had a file name and a question. */
    public Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                   String exampleSource, List<ParamSpec> params, Set<ViewKind> views) {
        this(id, title, markdown, exampleClass, exampleSource, params, views,
                exampleClass.substring(exampleClass.lastIndexOf('.') + 1) + ".java", null);
    }

    public String title(Lang lang) {
        return title.getOrDefault(lang, title.get(Lang.EN));
    }

    public String markdown(Lang lang) {
        return markdown.getOrDefault(lang, markdown.get(Lang.EN));
    }

    /** The spec of the parameter with this name, or null. */
    public ParamSpec param(String name) {
        for (ParamSpec spec : params) {
            if (spec.name().equals(name)) {
                return spec;
            }
        }
        return null;
    }

    /** What a report means in words ("count after the worker added 1"), or empty when the chapter has no label. */
    public Optional<String> reportLabel(String key, Lang lang) {
        Map<Lang, String> label = reportLabels.get(key);
        return label == null ? Optional.empty() : Optional.ofNullable(label.getOrDefault(lang, label.get(Lang.EN)));
    }

    /** Every parameter at its default, then overridden by {@code settings} (a preset's or a question's). */
    public Map<String, String> paramsWith(Map<String, String> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParamSpec spec : params) {
            values.put(spec.name(), settings.getOrDefault(spec.name(), spec.defaultValue()));
        }
        return values;
    }
}
