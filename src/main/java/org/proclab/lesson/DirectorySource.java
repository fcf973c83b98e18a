package org.proclab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lesson files in a folder on disk. */
final class DirectorySource implements LessonSource {
    private final Path root;

    DirectorySource(Path root) {
        this.root = root;
    }

    @Override
    public String read(String relative) throws LessonFormatException {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new LessonFormatException(describe(relative), "file is missing");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new LessonFormatException(describe(relative), "cannot be read as UTF-8 text (" + ex + ")");
        }
    }

    @Override
    public String describe(String relative) {
        return root.resolve(relative).toString();
    }
}
