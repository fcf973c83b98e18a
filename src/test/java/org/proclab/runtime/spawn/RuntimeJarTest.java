package org.proclab.runtime.spawn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker's jar, made from the app's jar, holds ProcLab's own entries and none of the bundled libraries. */
class RuntimeJarTest {
    @Test
    void theWorkerJarKeepsOnlyProcLabsOwnEntriesWithTheirBytes(@TempDir Path dir) throws IOException {
        Path app = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(app); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : List.of("org/proclab/runtime/Pool.class", "org/proclab/lessons/pool/Example.class",
                    "javafx/scene/Node.class", "com/fasterxml/jackson/Json.class", "org/proclaim/Other.class")) {
                out.putNextEntry(new JarEntry(name));
                out.write(name.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path worker = dir.resolve("worker.jar");
        RuntimeJar.copyOwnClasses(app, worker);
        try (JarFile jar = new JarFile(worker.toFile())) {
            List<String> names = new ArrayList<>();
            for (JarEntry e : Collections.list(jar.entries())) {
                names.add(e.getName());
            }
            assertEquals(List.of("org/proclab/runtime/Pool.class", "org/proclab/lessons/pool/Example.class"), names);
            assertArrayEquals("org/proclab/runtime/Pool.class".getBytes(StandardCharsets.UTF_8),
                    jar.getInputStream(jar.getEntry("org/proclab/runtime/Pool.class")).readAllBytes());
        }
    }
}
