package org.proclab.lesson;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the course: {@code course.json} gives the chapter order, each chapter comes from its own folder.
 * A broken chapter becomes a problem message and the others still load, so one typo cannot empty the app.
 */
public final class CourseLoader {
    /** System property naming the project folder that holds {@code lessons/}. */
    public static final String HOME_PROPERTY = "proclab.home";
    static final String COURSE_FILE = "course.json";
    private static final String FOLDER_NAME = "[a-z0-9][a-z0-9-]*";

    private CourseLoader() {
    }

    /**
     * The lessons a teacher can edit if there are any ({@code <proclab.home>/lessons}, else {@code ./lessons}),
     * otherwise the copy packed into the jar.
     */
    public static Course loadDefault() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return load(Path.of(home).resolve("lessons"));
        }
        Path local = Path.of("lessons");
        if (Files.isRegularFile(local.resolve(COURSE_FILE))) {
            return load(local);
        }
        ClasspathSource packed = new ClasspathSource(CourseLoader.class.getClassLoader());
        return load(packed);
    }

    public static Course load(Path lessonsDir) {
        return load(new DirectorySource(lessonsDir));
    }

    static Course load(LessonSource source) {
        List<Chapter> chapters = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonReading json = new JsonReading(source.describe(COURSE_FILE));
        List<String> ids;
        String scratchId;
        try {
            JsonNode root = json.parseObject(source.read(COURSE_FILE));
            json.onlyKeys(root, "", Set.of("chapters", "scratch"));
            ids = chapterIds(root, json);
            scratchId = scratchId(root, json, ids);
        } catch (LessonFormatException ex) {
            return new Course(chapters, List.of(ex.getMessage()));
        }
        ChapterReader reader = new ChapterReader(source);
        for (String id : ids) {
            try {
                Chapter chapter = reader.read(id);
                if (chapter.scratch()) {
                    throw new LessonFormatException(source.describe(id + "/" + ChapterReader.METADATA),
                            "is the scratch page (\"kind\": \"scratch\"); name it as \"scratch\" in "
                                    + COURSE_FILE + ", not among the chapters");
                }
                chapters.add(chapter);
            } catch (LessonFormatException ex) {
                problems.add(ex.getMessage());
            }
        }
        Chapter scratch = null;
        if (scratchId != null) {
            try {
                scratch = reader.read(scratchId);
                if (!scratch.scratch()) {
                    throw new LessonFormatException(source.describe(scratchId + "/" + ChapterReader.METADATA),
                            "is named as the scratch page in " + COURSE_FILE + " but lacks \"kind\": \"scratch\"");
                }
            } catch (LessonFormatException ex) {
                scratch = null;
                problems.add(ex.getMessage());
            }
        }
        return new Course(chapters, problems, scratch);
    }

    /** The folder of the page for the learner's own program, or null when the course has none. */
    private static String scratchId(JsonNode root, JsonReading json, List<String> chapterIds)
            throws LessonFormatException {
        JsonNode node = root.get("scratch");
        if (node == null || node.isNull()) {
            return null;
        }
        String id = node.asText();
        if (!node.isTextual() || !id.matches(FOLDER_NAME)) {
            throw json.problem("\"scratch\" " + node + " must be a folder name of lower-case letters, digits and -");
        }
        if (chapterIds.contains(id)) {
            throw json.problem("\"" + id + "\" is both a chapter and the scratch page");
        }
        return id;
    }

    private static List<String> chapterIds(JsonNode root, JsonReading json) throws LessonFormatException {
        JsonNode list = root.get("chapters");
        if (list == null || !list.isArray()) {
            throw json.problem("\"chapters\" must be an array of chapter folder names");
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : list) {
            String id = node.asText();
            if (!node.isTextual() || !id.matches(FOLDER_NAME)) {
                throw json.problem("chapter id " + node + " must be a folder name of lower-case letters, digits and -");
            }
            if (!seen.add(id)) {
                throw json.problem("chapter \"" + id + "\" is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }
}
