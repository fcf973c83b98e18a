package org.proclab.lesson;

/**
 * Where lesson files are read from: a folder on disk (what a teacher edits) or the copy packed into the jar.
 * Paths are relative to the lessons root and use {@code /}.
 */
interface LessonSource {

    /** The whole file as UTF-8 text; a missing or unreadable file is a {@link LessonFormatException}. */
    String read(String relative) throws LessonFormatException;

    /** How the file is named in problem messages. */
    String describe(String relative);
}
