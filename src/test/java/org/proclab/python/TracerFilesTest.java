package org.proclab.python;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TracerFilesTest {

    @Test
    void theListOfModulesIsExactlyThePackageInTheResources() throws IOException {
        Path pkg = Path.of(System.getProperty("proclab.home", "."), "src/main/resources/python", TracerFiles.PACKAGE);
        try (Stream<Path> files = Files.list(pkg)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .sorted().toList();
            assertEquals(TracerFiles.MODULES.stream().sorted().toList(), onDisk);
        }
    }

    @Test
    void extractingCopiesEveryModuleAndClosingRemovesTheFolder() throws IOException {
        Path root;
        try (TracerFiles files = TracerFiles.extract()) {
            root = files.root();
            for (String module : TracerFiles.MODULES) {
                assertTrue(Files.size(root.resolve(TracerFiles.PACKAGE).resolve(module)) > 0, module);
            }
        }
        assertFalse(Files.exists(root));
    }
}
