package org.proclab.ui.session.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The learner's code and editor state, beside {@code settings.json} (never in the lessons folder): each edited
 * source as {@code edits/<key>.java} (key "lock", or "lock--no-lost" for an exercise), and {@code editor.json}
 * with the lesson/code split and the exercises passed. In memory only when the settings are.
 */
public final class EditStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final Map<String, String> edits = new HashMap<>();
    private double split = -1;
    private final Map<String, String> exercises = new LinkedHashMap<>();

    private EditStore(Path dir) {
        this.dir = dir;
        if (dir != null) {
            load();
        }
    }

    /** The store in the folder of this settings file; in memory when {@code settingsFile} is null. */
    public static EditStore beside(Path settingsFile) {
        return new EditStore(settingsFile == null ? null : settingsFile.toAbsolutePath().getParent());
    }

    public static EditStore inMemory() {
        return new EditStore(null);
    }

    public Map<String, String> edits() {
        return Map.copyOf(edits);
    }

    public Optional<String> edit(String key) {
        return Optional.ofNullable(edits.get(key));
    }

    /** Keeps {@code source} as the learner's version of {@code key}; null forgets it (reset to original). */
    public void putEdit(String key, String source) {
        if (source == null) {
            edits.remove(key);
        } else {
            edits.put(key, source);
        }
        if (dir == null) {
            return;
        }
        Path file = editFile(key);
        try {
            if (source == null) {
                Files.deleteIfExists(file);
            } else {
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), "edit", ".tmp");
                Files.writeString(tmp, source, StandardCharsets.UTF_8);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException ex) {
            // The edit stays in memory for this session; the next save tries the disk again.
        }
    }

    /** The lesson text / code divider, 0..1, or -1 when never moved. */
    public double split() {
        return split;
    }

    public void putSplit(double position) {
        split = position;
        saveEditorJson();
    }

    /** Exercise key to "passed" or "failed", in the order they were first checked. */
    public Map<String, String> exercises() {
        return Map.copyOf(exercises);
    }

    public void putExercise(String key, boolean passed) {
        if (!"passed".equals(exercises.get(key))) {
            exercises.put(key, passed ? "passed" : "failed");
            saveEditorJson();
        }
    }

    private Path editFile(String key) {
        return dir.resolve("edits").resolve(key.replaceAll("[^A-Za-z0-9_.-]", "_") + ".java");
    }

    private void saveEditorJson() {
        if (dir == null) {
            return;
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("split", split);
        ObjectNode passed = root.putObject("exercises");
        exercises.forEach(passed::put);
        try {
            AtomicJsonFile.write(dir.resolve("editor.json"), "editor", root);
        } catch (IOException ex) {
            // Kept in memory for this session.
        }
    }

    private void load() {
        Path edited = dir.resolve("edits");
        if (Files.isDirectory(edited)) {
            try (Stream<Path> files = Files.list(edited)) {
                files.filter(f -> f.getFileName().toString().endsWith(".java")).forEach(f -> {
                    String name = f.getFileName().toString();
                    try {
                        edits.put(name.substring(0, name.length() - 5), Files.readString(f, StandardCharsets.UTF_8));
                    } catch (IOException ex) {
                        // An unreadable edit is as good as none: the original shows.
                    }
                });
            } catch (IOException ex) {
                // No edits readable: every chapter shows its original.
            }
        }
        try {
            JsonNode root = MAPPER.readTree(dir.resolve("editor.json").toFile());
            split = root.path("split").asDouble(-1);
            Iterator<Map.Entry<String, JsonNode>> it = root.path("exercises").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                exercises.put(e.getKey(), e.getValue().asText());
            }
        } catch (IOException ex) {
            // Missing or broken: defaults.
        }
    }
}
