package org.proclab.lesson;

import java.util.List;
import java.util.Map;
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
 */
public record Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                      String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                      Question question, OutcomeSpec outcome) {

    /** A chapter that declares no outcome. */
    public Chapter(String id, Map<Lang, String> title, Map<Lang, String> markdown, String exampleClass,
                   String exampleSource, List<ParamSpec> params, Set<ViewKind> views, String sourceFile,
                   Question question) {
        this(id, title, markdown, exampleClass, exampleSource, params, views, sourceFile, question, OutcomeSpec.NONE);
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
}
