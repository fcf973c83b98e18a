package org.proclab.python;

import org.proclab.lesson.CourseLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A chapter's Python files ({@code lessons/ID/python-map.json} and the script it names), from the same place
 * the course loader reads lessons: {@code <proclab.home>/lessons}, else {@code ./lessons}, else the jar.
 */
final class PythonLessonFiles {
    static final String MAP_FILE = "python-map.json";

    private PythonLessonFiles() {
    }

    /** The lessons folder on disk, if the course comes from one. */
    static Optional<Path> lessonsDirectory() {
        String home = System.getProperty(CourseLoader.HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home).resolve("lessons"));
        }
        Path local = Path.of("lessons");
        return Files.isRegularFile(local.resolve("course.json")) ? Optional.of(local.toAbsolutePath()) : Optional.empty();
    }

    /** The file on disk, when there is a lessons folder and the file is in it. */
    static Optional<Path> onDisk(String chapterId, String name) {
        return lessonsDirectory().map(dir -> dir.resolve(chapterId).resolve(name)).filter(Files::isRegularFile);
    }

    /** The file's text, from disk or from the jar; empty if the chapter has no such file. */
    static Optional<String> read(String chapterId, String name) {
        Optional<Path> file = onDisk(chapterId, name);
        try {
            if (file.isPresent()) {
                return Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
            }
            if (lessonsDirectory().isPresent()) {
                return Optional.empty();
            }
            try (InputStream in = PythonLessonFiles.class.getClassLoader()
                    .getResourceAsStream("lessons/" + chapterId + "/" + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read lessons/" + chapterId + "/" + name, ex);
        }
    }
}
