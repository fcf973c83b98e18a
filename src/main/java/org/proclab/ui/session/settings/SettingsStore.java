package org.proclab.ui.session.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@link Settings} in a small JSON file. The file is {@code -Dproclab.settings=FILE} when given (tests
 * point it at a temporary file), else {@code settings.json} in the user's config folder. A missing or broken
 * file gives the defaults; a store made with {@link #inMemory()} never touches the disk.
 */
public final class SettingsStore {
    public static final String PROPERTY = "proclab.settings";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private Settings current;

    private SettingsStore(Path file) {
        this.file = file;
        this.current = file == null ? Settings.defaults() : read(file);
    }

    public static SettingsStore at(Path file) {
        return new SettingsStore(file);
    }

    public static SettingsStore inMemory() {
        return new SettingsStore(null);
    }

    /** The store the app uses: the system property's file, else the platform's config folder. */
    public static SettingsStore standard() {
        String override = System.getProperty(PROPERTY);
        return new SettingsStore(override != null && !override.isBlank() ? Path.of(override) : defaultFile());
    }

    static Path defaultFile() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "ProcLab", "settings.json");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ProcLab", "settings.json");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".config").toString(), "proclab",
                "settings.json");
    }

    public Settings get() {
        return current;
    }

    public Path file() {
        return file;
    }

    /** Remembers {@code settings} and writes them (atomically, so a crash never leaves half a file). */
    public void save(Settings settings) {
        current = settings;
        if (file == null) {
            return;
        }
        try {
            AtomicJsonFile.write(file, "settings", toJson(settings));
        } catch (IOException e) {
            // Not remembering the window size is no reason to disturb the learner.
            System.err.println("ProcLab: could not save settings to " + file + ": " + e.getMessage());
        }
    }

    private static ObjectNode toJson(Settings s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("width", s.width());
        node.put("height", s.height());
        if (s.lastChapter() != null) {
            node.put("lastChapter", s.lastChapter());
        }
        node.put("lang", s.lang());
        node.put("theme", s.theme());
        ArrayNode run = node.putArray("chaptersRun");
        s.chaptersRun().forEach(run::add);
        return node;
    }

    private static Settings read(Path file) {
        Settings d = Settings.defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        try {
            JsonNode n = MAPPER.readTree(file.toFile());
            List<String> run = new ArrayList<>();
            n.path("chaptersRun").forEach(id -> run.add(id.asText()));
            double w = n.path("width").asDouble(d.width());
            double h = n.path("height").asDouble(d.height());
            return new Settings(w >= 400 ? w : d.width(), h >= 300 ? h : d.height(),
                    n.hasNonNull("lastChapter") ? n.get("lastChapter").asText() : null,
                    oneOf(n.path("lang").asText(d.lang()), d.lang(), "en", "zh"),
                    oneOf(n.path("theme").asText(d.theme()), d.theme(), "light", "dark"), List.copyOf(run));
        } catch (IOException | RuntimeException e) {
            return d;
        }
    }

    private static String oneOf(String value, String fallback, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        return fallback;
    }
}
