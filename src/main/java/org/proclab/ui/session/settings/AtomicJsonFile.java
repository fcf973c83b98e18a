package org.proclab.ui.session.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a small JSON file so that a reader sees the old content or the new, never half of it: the app can
 * be killed at any moment, and a torn settings file would cost the learner their progress.
 */
final class AtomicJsonFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AtomicJsonFile() {
    }

    static void write(Path file, String tempPrefix, JsonNode content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, tempPrefix, ".tmp");
        try {
            Files.writeString(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(content));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
