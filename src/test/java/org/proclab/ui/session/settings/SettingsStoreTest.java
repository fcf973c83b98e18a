package org.proclab.ui.session.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @Test
    void savedSettingsComeBackAndABrokenFileGivesDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/settings.json");
        SettingsStore store = SettingsStore.at(file);
        assertEquals(Settings.defaults(), store.get());
        store.save(store.get().withSize(1200, 800).withLastChapter("lock").withLang("zh").withTheme("dark")
                .withChapterRun("queue").withChapterRun("queue").withChapterRun("lock"));
        Settings back = SettingsStore.at(file).get();
        assertEquals(1200, back.width());
        assertEquals("lock", back.lastChapter());
        assertEquals("zh", back.lang());
        assertEquals("dark", back.theme());
        assertEquals(List.of("queue", "lock"), back.chaptersRun());
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        Files.writeString(file, "{not json");
        assertEquals(Settings.defaults(), SettingsStore.at(file).get());
    }

    @Test
    void theSystemPropertyChoosesTheFile(@TempDir Path dir) {
        String before = System.getProperty(SettingsStore.PROPERTY);
        try {
            System.setProperty(SettingsStore.PROPERTY, dir.resolve("x.json").toString());
            assertEquals(dir.resolve("x.json"), SettingsStore.standard().file());
        } finally {
            if (before == null) {
                System.clearProperty(SettingsStore.PROPERTY);
            } else {
                System.setProperty(SettingsStore.PROPERTY, before);
            }
        }
    }
}
