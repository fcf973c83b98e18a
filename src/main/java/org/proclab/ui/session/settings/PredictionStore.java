package org.proclab.ui.session.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.proclab.lesson.Question;
import org.proclab.lesson.predict.PredictionCheck;
import org.proclab.lesson.predict.Reveal;
import org.proclab.lesson.predict.Verdict;

/**
 * The learner's predictions and how they turned out, one per chapter, kept next to the app's settings file
 * ({@code progress.json} beside {@code settings.json}; beside a test's own settings file when
 * {@code -Dproclab.settings} points elsewhere). Like the settings, never in the lessons folder. A missing or
 * broken file means no predictions yet; a write is atomic.
 */
public final class PredictionStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One chapter's prediction.
     *
     * @param prediction what the learner said before the run
     * @param params     the parameters of the run it was compared with (empty before that run)
     * @param reveal     the comparison, or null while the run has not happened
     * @param at         when the prediction was made or last revealed (ISO-8601)
     */
    public record Entry(String prediction, Map<String, String> params, Reveal reveal, String at) {
    }

    /** How far the learner got: chapters with a prediction, with a reveal, and with a matching one. */
    public record Progress(int predicted, int revealed, int matched) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private PredictionStore(Path file) {
        this.file = file;
        this.entries = file == null ? new LinkedHashMap<>() : read(file);
    }

    public static PredictionStore at(Path file) {
        return new PredictionStore(file);
    }

    public static PredictionStore inMemory() {
        return new PredictionStore(null);
    }

    /** The store that sits beside this settings file. */
    public static PredictionStore beside(Path settingsFile) {
        if (settingsFile == null) {
            return inMemory();
        }
        String name = settingsFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return at(settingsFile.resolveSibling(stem.equals("settings") ? "progress.json" : stem + ".progress.json"));
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<Entry> get(String chapter) {
        return Optional.ofNullable(entries.get(chapter));
    }

    /** Remembers a prediction made before a run; an earlier reveal for the chapter is forgotten. */
    public synchronized void predict(String chapter, String prediction) {
        entries.put(chapter, new Entry(prediction.trim(), Map.of(), null, Instant.now().toString()));
        save();
    }

    /**
     * Compares the chapter's prediction with a finished run's reports and remembers the result. Empty when
     * there is no prediction or the run did not report the figure the question reveals.
     */
    public synchronized Optional<Reveal> reveal(String chapter, Question question, Map<String, String> params,
                                                Map<String, String> reports) {
        Entry entry = entries.get(chapter);
        if (entry == null) {
            return Optional.empty();
        }
        Optional<Reveal> reveal = PredictionCheck.check(question, entry.prediction(), params, reports);
        reveal.ifPresent(r -> {
            entries.put(chapter, new Entry(entry.prediction(), Map.copyOf(params), r, Instant.now().toString()));
            save();
        });
        return reveal;
    }

    public synchronized Progress progress() {
        int revealed = 0;
        int matched = 0;
        for (Entry e : entries.values()) {
            if (e.reveal() != null) {
                revealed++;
                matched += e.reveal().verdict() == Verdict.MATCHED ? 1 : 0;
            }
        }
        return new Progress(entries.size(), revealed, matched);
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            AtomicJsonFile.write(file, "progress", toJson());
        } catch (IOException e) {
            // Forgetting a prediction is no reason to disturb the learner.
            System.err.println("ProcLab: could not save predictions to " + file + ": " + e.getMessage());
        }
    }

    private ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ObjectNode chapters = root.putObject("chapters");
        entries.forEach((id, e) -> {
            ObjectNode node = chapters.putObject(id);
            node.put("prediction", e.prediction());
            node.put("at", e.at());
            ObjectNode params = node.putObject("params");
            e.params().forEach(params::put);
            if (e.reveal() != null) {
                Reveal r = e.reveal();
                node.put("key", r.key());
                node.put("figure", r.figure());
                node.put("actual", r.actual());
                node.put("said", r.prediction());
                node.put("verdict", r.verdict().key());
            }
        });
        return root;
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            JsonNode chapters = MAPPER.readTree(file.toFile()).path("chapters");
            Iterator<Map.Entry<String, JsonNode>> fields = chapters.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode n = f.getValue();
                if (!n.hasNonNull("prediction")) {
                    continue;
                }
                Map<String, String> params = new LinkedHashMap<>();
                n.path("params").fields().forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
                Reveal reveal = n.hasNonNull("verdict") ? new Reveal(n.path("key").asText(), n.path("figure").asText(),
                        n.path("actual").asText(), n.path("said").asText(), Verdict.fromKey(n.get("verdict").asText()))
                        : null;
                entries.put(f.getKey(), new Entry(n.get("prediction").asText(), Map.copyOf(params), reveal,
                        n.path("at").asText("")));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }
}
