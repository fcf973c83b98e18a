package org.proclab.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.compile.SourceCompiler;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.CourseLoader;
import org.proclab.ui.session.settings.EditStore;

/** Open… and Save… of the scratch page's code: what they read and write, and that a failure loses nothing. */
class CodeFilesTest {
    private static final String PROGRAM = "import org.proclab.runtime.Process;\n\n"
            + "public class Hello {\n    public static void main(String[] args) {\n"
            + "        System.out.println(\"你好\");\n    }\n}\n";

    private final Path dir = tempDir();
    private final Chapter scratch = CourseLoader.loadDefault().scratchPage().orElseThrow();
    private final List<StatusMessage> said = new ArrayList<>();

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("proclab-files-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                p.toFile().setWritable(true);
                p.toFile().delete();
            });
        }
    }

    private CodeEdits edits() {
        // No compiler: nothing compiles in the background, which would need the FX toolkit to publish to.
        CodeEdits edits = new CodeEdits(EditStore.beside(dir.resolve("data/settings.json")), SourceCompiler.missing(),
                said::add);
        edits.show(CodeTarget.example(scratch));
        return edits;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void anOpenedFileBecomesTheEditKeptAcrossARestartAndResetBringsBackTheTemplate() throws IOException {
        CodeEdits edits = edits();
        Path file = write("Hello.java", PROGRAM.getBytes(StandardCharsets.UTF_8));

        StatusMessage status = edits.open(file);

        assertEquals(StatusMessage.of("status.fileOpened", "Hello.java"), status);
        assertEquals(List.of(status), said);
        CodeTarget target = CodeTarget.example(scratch);
        assertEquals(PROGRAM, edits.source(target));
        assertEquals("Hello.java", edits.fileName(target));
        assertTrue(edits.editedChapters().contains("scratch"));
        assertEquals(PROGRAM, Files.readString(dir.resolve("data/edits/scratch.java")));

        CodeEdits again = edits();
        assertEquals(PROGRAM, again.source(target));
        again.reset();
        assertEquals(scratch.exampleSource(), again.source(target));
        assertEquals("ScratchExample.java", again.fileName(target));
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        CodeEdits edits = edits();
        byte[] text = PROGRAM.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        edits.open(write("Hello.java", withBom));

        assertEquals(PROGRAM, edits.source(CodeTarget.example(scratch)));
    }

    @Test
    void aFileThatIsNotUtf8ChangesNothing() throws IOException {
        CodeEdits edits = edits();
        Path latin1 = write("Latin.java", "class Latin { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(StatusMessage.of("status.fileNotUtf8", "Latin.java"), edits.open(latin1));

        assertUnchanged(edits);
    }

    @Test
    void aFileOverOneMegabyteIsNotRead() throws IOException {
        CodeEdits edits = edits();
        Path big = write("Big.java", new byte[(int) CodeFile.MAX_BYTES + 1]);

        assertEquals(StatusMessage.of("status.fileTooLarge", "Big.java", 1025L, 1024L), edits.open(big));

        assertUnchanged(edits);
    }

    @Test
    void aMissingOrUnreadableFileIsNamedAndChangesNothing() throws IOException {
        CodeEdits edits = edits();
        assertEquals(StatusMessage.of("status.fileMissing", "Nope.java"), edits.open(dir.resolve("Nope.java")));
        assertEquals(StatusMessage.of("status.fileMissing", String.valueOf(dir.getFileName())), edits.open(dir));

        Path secret = write("Secret.java", PROGRAM.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        if (!Files.isReadable(secret)) {
            // (Running as root, every file is readable; then only the missing ones are tested.)
            assertEquals(StatusMessage.of("status.fileDenied", "Secret.java"), edits.open(secret));
        }
        assertUnchanged(edits);
    }

    @Test
    void saveWritesTheEditorsCodeAsUtf8AndReplacesAnOldFile() throws IOException {
        CodeEdits edits = edits();
        edits.edit(PROGRAM);
        Path target = write("Hello.java", "old".getBytes(StandardCharsets.UTF_8));

        assertEquals(StatusMessage.of("status.fileSaved", target.toAbsolutePath().toString()), edits.saveTo(target));

        assertEquals(PROGRAM, Files.readString(target, StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("Hello.java"), left.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("data")).toList());
        }
    }

    @Test
    void aSaveThatCannotBeWrittenSaysWhyAndKeepsTheCodeAndTheOldFile() throws IOException {
        CodeEdits edits = edits();
        edits.edit(PROGRAM);
        Path missingFolder = dir.resolve("no/such/folder/Hello.java");

        StatusMessage status = edits.saveTo(missingFolder);

        assertEquals("status.fileNotSaved", status.key());
        assertEquals(missingFolder.toString(), status.args().get(0));
        assertEquals(PROGRAM, edits.source(CodeTarget.example(scratch)));

        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path old = write("locked/Hello.java", "old".getBytes(StandardCharsets.UTF_8));
        locked.toFile().setWritable(false);
        if (!Files.isWritable(locked)) {
            assertEquals(StatusMessage.of("status.fileSaveDenied", old.toString()), edits.saveTo(old));
            assertEquals("old", Files.readString(old));
        }
        assertEquals(PROGRAM, edits.source(CodeTarget.example(scratch)));
    }

    private void assertUnchanged(CodeEdits edits) {
        assertEquals(scratch.exampleSource(), edits.source(CodeTarget.example(scratch)));
        assertFalse(edits.edited(CodeTarget.example(scratch)));
        assertFalse(Files.exists(dir.resolve("data/edits/scratch.java")));
    }
}
