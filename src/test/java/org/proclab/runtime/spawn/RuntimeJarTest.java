package org.proclab.runtime.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar first on a worker's class path holds the runtime only, so a learner's class is never shadowed. */
class RuntimeJarTest {
    @TempDir
    Path dir;

    @Test
    void fromTheAppJarKeepsOnlyTheRuntimesClasses() throws Exception {
        Path app = dir.resolve("proclab.jar");
        try (OutputStream file = Files.newOutputStream(app); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : List.of("org/proclab/runtime/", "org/proclab/runtime/Value.class",
                    "org/proclab/runtime/worker/WorkerMain.class", "org/proclab/lessons/LockExample.class",
                    "org/proclab/runtimes/NotIt.class", "META-INF/x.txt")) {
                out.putNextEntry(new JarEntry(name));
                out.write(name.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        RuntimeJar jar = RuntimeJar.fromAppJar(app, dir.resolve("workers"));
        try (JarFile made = new JarFile(jar.path().toFile())) {
            List<String> names = Collections.list(made.entries()).stream().map(JarEntry::getName).sorted()
                    .collect(Collectors.toList());
            assertEquals(List.of("org/proclab/runtime/Value.class", "org/proclab/runtime/worker/WorkerMain.class"),
                    names);
            assertEquals("org/proclab/runtime/Value.class",
                    new String(made.getInputStream(made.getEntry("org/proclab/runtime/Value.class")).readAllBytes(),
                            StandardCharsets.UTF_8));
        }
        assertEquals(jar.path(), RuntimeJar.fromAppJar(app, dir.resolve("workers")).path());
    }

    @Test
    void workersGetTheAppJarWithoutTheGuiInPlaceOfTheWholeOne() throws Exception {
        Path app = dir.resolve("proclab.jar");
        try (OutputStream file = Files.newOutputStream(app); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : List.of("org/proclab/runtime/Value.class", "org/proclab/lessons/LockExample.class",
                    "org/proclab/ui/MainWindow.class", "javafx/scene/Node.class", "com/sun/javafx/Utils.class",
                    "org/controlsfx/control/ToggleSwitch.class", "oshi/SystemInfo.class",
                    "com/fasterxml/jackson/core/JsonFactory.class", "META-INF/services/oshi.spi.SystemInfoProvider",
                    "META-INF/services/com.fasterxml.jackson.core.JsonFactory")) {
                out.putNextEntry(new JarEntry(name));
                out.write(name.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        RuntimeJar jar = RuntimeJar.fromAppJar(app, dir.resolve("workers"));
        String compiled = dir.resolve("classes").toString();
        String[] workerPath = jar.workerClassPath(compiled + File.pathSeparator + app).split(File.pathSeparator);
        assertEquals(compiled, workerPath[0], "the learner's classes stay first");
        Path rest = Path.of(workerPath[1]);
        assertEquals(jar.directory(), rest.getParent());
        assertTrue(Files.isDirectory(rest), "the rest of the app is a directory: no jar index to read");
        List<String> names;
        try (Stream<Path> walk = Files.walk(rest)) {
            names = walk.filter(Files::isRegularFile).map(p -> rest.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
        assertEquals(List.of("META-INF/services/com.fasterxml.jackson.core.JsonFactory",
                "com/fasterxml/jackson/core/JsonFactory.class", "org/proclab/lessons/LockExample.class"), names);
        assertEquals("org/proclab/lessons/LockExample.class",
                Files.readString(rest.resolve("org/proclab/lessons/LockExample.class")));
        assertEquals(rest, Path.of(RuntimeJar.fromAppJar(app, dir.resolve("workers")).workerClassPath(
                compiled + File.pathSeparator + app).split(File.pathSeparator)[1]), "made once, then found");
        try (Stream<Path> inDir = Files.list(jar.directory())) {
            assertTrue(inDir.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-made copy left");
        }
    }
}
