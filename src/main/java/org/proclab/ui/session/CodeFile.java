package org.proclab.ui.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes a learner's {@code .java} file for Open… and Save…. Anything wrong becomes a
 * {@link Problem} with a status text key, and nothing is half done: a file that is too big or not UTF-8 is not
 * read at all, and a save goes to a temporary file first, so a failed save never truncates the old file.
 */
final class CodeFile {
    /** No Java source a learner writes by hand comes near this; a bigger file is almost surely not one. */
    static final long MAX_BYTES = 1024 * 1024;

    /** Why a file could not be opened or saved, as a status line. */
    static final class Problem extends Exception {
        private final StatusMessage status;

        Problem(StatusMessage status) {
            super(status.key());
            this.status = status;
        }

        StatusMessage status() {
            return status;
        }
    }

    private CodeFile() {
    }

    /** The file's text (a byte order mark dropped), or why it cannot be the editor's text. */
    static String read(Path file) throws Problem {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new Problem(StatusMessage.of("status.fileMissing", name));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Problem(StatusMessage.of("status.fileTooLarge", name, (size + 1023) / 1024,
                        MAX_BYTES / 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException ex) {
            throw new Problem(StatusMessage.of("status.fileDenied", name));
        } catch (IOException ex) {
            throw new Problem(StatusMessage.of("status.fileUnreadable", name, reason(ex)));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException ex) {
            throw new Problem(StatusMessage.of("status.fileNotUtf8", name));
        }
    }

    /** Writes {@code text} as UTF-8, replacing the file only once all of it is written. */
    static void write(Path file, String text) throws Problem {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), ".proclab-save", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException ex) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Nothing more to do: the learner's code is still in the editor.
                }
            }
            throw new Problem(ex instanceof AccessDeniedException
                    ? StatusMessage.of("status.fileSaveDenied", String.valueOf(target))
                    : StatusMessage.of("status.fileNotSaved", String.valueOf(target), reason(ex)));
        }
    }

    /** The exception's own words; a missing folder's exception says only its path, so its kind is added. */
    private static String reason(Exception ex) {
        String message = ex.getMessage();
        if (message == null || ex instanceof NoSuchFileException) {
            return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return message;
    }
}
