package org.proclab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Lesson files packed into the jar under {@code lessons/} by the build, for when no folder is at hand. */
final class ClasspathSource implements LessonSource {
    static final String ROOT = "lessons/";

    private final ClassLoader loader;

    ClasspathSource(ClassLoader loader) {
        this.loader = loader;
    }

    boolean exists(String relative) {
        return loader.getResource(ROOT + relative) != null;
    }

    @Override
    public String read(String relative) throws LessonFormatException {
        try (InputStream in = loader.getResourceAsStream(ROOT + relative)) {
            if (in == null) {
                throw new LessonFormatException(describe(relative), "file is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new LessonFormatException(describe(relative), "cannot be read (" + ex + ")");
        }
    }

    @Override
    public String describe(String relative) {
        return "classpath:" + ROOT + relative;
    }
}
