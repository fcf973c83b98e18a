package org.proclab.ui.session;

import org.proclab.lesson.Chapter;
import org.proclab.lesson.Exercise;

/**
 * The code in the editor: a chapter's example or one of its exercises, with what it was before any edit.
 *
 * @param key      where its edit is kept: the chapter id, or "chapter--exercise"
 * @param chapter  the chapter it belongs to
 * @param exercise the exercise, or null for the example
 */
public record CodeTarget(String key, Chapter chapter, Exercise exercise) {

    public static CodeTarget example(Chapter chapter) {
        return new CodeTarget(chapter.id(), chapter, null);
    }

    public static CodeTarget exercise(Chapter chapter, Exercise exercise) {
        return new CodeTarget(chapter.id() + "--" + exercise.id(), chapter, exercise);
    }

    public boolean isExercise() {
        return exercise != null;
    }

    public String original() {
        return exercise == null ? chapter.exampleSource() : exercise.startSource();
    }

    public String fileName() {
        return exercise == null ? chapter.sourceFile() : exercise.sourceFile();
    }

    public String className() {
        return exercise == null ? chapter.exampleClass() : exercise.className();
    }
}
