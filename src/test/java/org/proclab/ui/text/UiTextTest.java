package org.proclab.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.proclab.lesson.Lang;

class UiTextTest {
    private final UiText text = new UiText();

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() {
        Set<String> en = new TreeSet<>(text.bundle(Lang.EN).keySet());
        Set<String> zh = new TreeSet<>(text.bundle(Lang.ZH).keySet());
        assertEquals(en, zh);
        for (Lang lang : Lang.values()) {
            for (String key : en) {
                new MessageFormat(text.bundle(lang).getString(key));
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern call = Pattern.compile("(?:bind|get|format|bindFormat)\\(\"([a-z]+\\.[a-zA-Z.]*[a-zA-Z])\"[,)]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/proclab"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeIf(k -> k.startsWith("proclab.") || k.startsWith("java.") || k.startsWith("os.")
                || k.startsWith("user."));
        Set<String> known = text.bundle(Lang.EN).keySet();
        assertTrue(used.size() > 40, "found " + used);
        for (String key : used) {
            assertTrue(known.contains(key), "missing UI text " + key);
        }
    }

    @Test
    void switchingTheLanguageChangesBoundText() {
        var bound = text.bind("run.run");
        assertEquals("Run", bound.get());
        text.langProperty().set(Lang.ZH);
        assertEquals("运行", bound.get());
        assertEquals("已退出，退出码 3", text.format("state.exited", 3));
        assertEquals("[no.such.key]", text.get("no.such.key"));
    }
}
