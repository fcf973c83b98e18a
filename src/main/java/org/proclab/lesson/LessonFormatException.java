package org.proclab.lesson;

/** A lesson file is missing or wrong. The message starts with the file, then says what is wrong. */
public class LessonFormatException extends Exception {
    public LessonFormatException(String file, String problem) {
        super(file + ": " + problem);
    }
}
