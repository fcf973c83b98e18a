package org.proclab.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small, valid lesson folders into a temporary directory; tests then break one file at a time. */
public final class LessonFixture {
    private final Path root;

    public LessonFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public LessonFixture course(String... ids) {
        StringBuilder json = new StringBuilder("{\"chapters\": [");
        for (int i = 0; i < ids.length; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(ids[i]).append('"');
        }
        return write("course.json", json.append("]}").toString());
    }

    /** A complete chapter whose example is {@code exampleClass} and whose only parameter is {@code n} in 1..10. */
    public LessonFixture chapter(String id, String exampleClass) {
        String simple = exampleClass.substring(exampleClass.lastIndexOf('.') + 1);
        write(id + "/chapter.json", chapterJson(exampleClass, simple + ".java", paramsJson("\"default\": 3")));
        write(id + "/lesson.en.md", "# " + id + "\n\nSome text.\n");
        write(id + "/lesson.zh.md", "# " + id + "\n\n一些文字。\n");
        return write(id + "/" + simple + ".java", "class " + simple + " {}\n");
    }

    public static String chapterJson(String exampleClass, String source, String params) {
        return "{\n"
                + "  \"title\": {\"en\": \"Title of " + source + "\", \"zh\": \"标题\"},\n"
                + "  \"example\": \"" + exampleClass + "\",\n"
                + "  \"source\": \"" + source + "\",\n"
                + "  \"views\": [\"cores\", \"value-timeline\", \"console\"],\n"
                + "  \"outcome\": {\"expected\": \"expected\", \"final\": \"final\"},\n"
                + "  \"params\": " + params + ",\n"
                + "  \"question\": {\"en\": \"How much?\", \"zh\": \"多少？\",\n"
                + "               \"answer\": {\"en\": \"Six.\", \"zh\": \"六。\"}, \"reveal\": \"total\"}\n"
                + "}\n";
    }

    /** A params array with one int parameter n (1..10); {@code extra} adds or overrides keys, e.g. a default. */
    public static String paramsJson(String extra) {
        return "[{\"name\": \"n\", \"type\": \"int\", \"min\": 1, \"max\": 10, " + extra
                + ", \"help\": {\"en\": \"How many.\", \"zh\": \"多少个。\"}}]";
    }

    public LessonFixture write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public LessonFixture delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
