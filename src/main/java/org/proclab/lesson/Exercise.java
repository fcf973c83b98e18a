package org.proclab.lesson;

import java.util.Map;

/**
 * A checked exercise of a chapter, from {@code lessons/<chapter>/exercises/<id>.json} and its starting code.
 *
 * @param id          the file name without {@code .json}, unique within the chapter
 * @param title       per language
 * @param task        what to do, per language (Markdown)
 * @param className   the class of the starting code, fully qualified; the learner's edit keeps the name
 * @param sourceFile  the starting code's file name, e.g. "LockNoLost.java"
 * @param startSource the starting code as shipped
 * @param params      the {@code name=value} arguments every checking run is given
 * @param check       what a run must show to pass
 */
public record Exercise(String id, Map<Lang, String> title, Map<Lang, String> task, String className,
                       String sourceFile, String startSource, Map<String, String> params, ExerciseCheck check) {

    public String title(Lang lang) {
        return title.getOrDefault(lang, title.get(Lang.EN));
    }

    public String task(Lang lang) {
        return task.getOrDefault(lang, task.get(Lang.EN));
    }
}
