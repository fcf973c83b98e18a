package org.proclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.Leftovers;
import org.proclab.runtime.event.EventType;

class RunSourceFileTest {
    private static final Path PROGRAMS = Path.of("src/test/resources/programs");

    @AfterEach
    void nothingLeft() throws IOException {
        Leftovers.assertNone();
        assertEquals(List.of(), runDirectories(), "compiled classes left in the temp folder");
    }

    @Test
    void aProgramNoChapterHasPrintsExactlyWhatItsPythonTwinPrints() throws Exception {
        Assumptions.assumeTrue(python3() != null, "python3 is not installed: nothing to compare with");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", PROGRAMS.resolve("Trio.java").toString(), "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        HostTranscript t = HostTranscript.parse(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status, t.stderr());
        List<String> printed = t.events().stream()
                .filter(e -> e.type() == EventType.OUTPUT && "main".equals(e.worker()) && "stdout".equals(e.subject()))
                .map(e -> e.text()).collect(Collectors.toList());
        assertEquals(pythonLines(), printed);
        assertEquals(6, t.result().get("workers").size(), "three Process workers and a Pool of three");
    }

    @Test
    void aFileThatDoesNotCompileExitsTwoWithFileAndLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String file = PROGRAMS.resolve("Broken.java").toString();
        int status = Main.run(new String[] {"run", file}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals(file + ":8: error: ';' expected", err.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> pythonLines() throws Exception {
        java.lang.Process p = new ProcessBuilder(python3(), "trio.py").directory(PROGRAMS.toFile())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        return Arrays.asList(text.strip().split("\n"));
    }

    private static String python3() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "python3"))) {
                return Path.of(dir, "python3").toString();
            }
        }
        return null;
    }

    static List<Path> runDirectories() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("proclab-run-"))
                    .filter(d -> {
                        try {
                            return Files.getOwner(d).getName().equals(System.getProperty("user.name"));
                        } catch (IOException ex) {
                            return false;
                        }
                    }).collect(Collectors.toList());
        }
    }
}
