package org.proclab.ui.session.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.proclab.lesson.Lang;
import org.proclab.lesson.Question;
import org.proclab.lesson.YesCondition;
import org.proclab.lesson.predict.Reveal;
import org.proclab.lesson.predict.Verdict;

class PredictionStoreTest {
    private static final Map<Lang, String> TEXT = Map.of(Lang.EN, "?", Lang.ZH, "？");
    private static final Question LOCK = new Question(TEXT, TEXT, "lost", YesCondition.parse("== 0").orElseThrow());
    private static final Question QUEUE = new Question(TEXT, TEXT, "total");

    @Test
    void predictionsAndTheirOutcomesAreRememberedBesideTheSettings(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("config/settings.json");
        PredictionStore store = PredictionStore.beside(settings);
        assertEquals(dir.resolve("config/progress.json"), store.file());
        assertEquals(new PredictionStore.Progress(0, 0, 0), store.progress());

        store.predict("lock", "yes");
        store.predict("queue", "499667166000");
        assertNull(PredictionStore.beside(settings).get("lock").orElseThrow().reveal(), "pending until the run");
        Optional<Reveal> lock = store.reveal("lock", LOCK, Map.of("lock", "none"), Map.of("lost", "12"));
        store.reveal("queue", QUEUE, Map.of("n", "1000"), Map.of("total", "499667166000"));
        assertEquals(Optional.empty(), store.reveal("pool", QUEUE, Map.of(), Map.of("total", "1")), "no prediction");

        assertEquals(Optional.of(new Reveal("lost", "12", "no", "yes", Verdict.MISSED)), lock);
        PredictionStore back = PredictionStore.beside(settings);
        PredictionStore.Entry entry = back.get("lock").orElseThrow();
        assertEquals("yes", entry.prediction());
        assertEquals(Map.of("lock", "none"), entry.params());
        assertEquals(lock.get(), entry.reveal());
        assertEquals(new PredictionStore.Progress(2, 2, 1), back.progress());
        try (var files = Files.list(settings.getParent())) {
            assertEquals(1, files.count(), "only progress.json, no temporary file left");
        }

        back.predict("lock", "no");
        assertNull(PredictionStore.beside(settings).get("lock").orElseThrow().reveal(), "a new guess starts over");

        Files.writeString(store.file(), "{broken");
        assertEquals(new PredictionStore.Progress(0, 0, 0), PredictionStore.beside(settings).progress());
    }

    @Test
    void aTestSettingsFileGetsItsOwnProgressFileAndInMemoryTouchesNoDisk(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve("x.progress.json"), PredictionStore.beside(dir.resolve("x.json")).file());
        PredictionStore memory = PredictionStore.inMemory();
        memory.predict("lock", "no");
        assertTrue(memory.get("lock").isPresent());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
