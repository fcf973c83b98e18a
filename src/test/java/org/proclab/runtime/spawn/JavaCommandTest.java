package org.proclab.runtime.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proclab.runtime.Leftovers;

/** The one java command line: its shape, and that a child started from it really runs. */
class JavaCommandTest {
    @AfterEach
    void noChildOrRunDirectoryLeft() {
        Leftovers.assertNone();
    }

    @Test
    void buildsJavaThenOptionsThenClassPathThenMainThenArgs() {
        List<String> cmd = JavaCommand.forMain("org.example.Main").classPath("a.jar").jvmOption("-Xmx64m")
                .systemProperty("k", 3).arg("x").arg(7).toList();
        assertEquals(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xmx64m", "-Dk=3", "-cp", "a.jar", "org.example.Main", "x", "7"), cmd);
    }

    @Test
    void inheritsOnlyPropertiesThisJvmHas() {
        List<String> cmd = JavaCommand.forMain("M").inheritProperty("java.home")
                .inheritProperty("proclab.test.surely.unset").toList();
        assertTrue(cmd.contains("-Djava.home=" + System.getProperty("java.home")), cmd.toString());
        assertTrue(cmd.stream().noneMatch(a -> a.contains("surely.unset")), cmd.toString());
    }

    @Test
    void theWorkerCommandRunsOnThisJavaWithThisClassPathLessTheGuiAfterTheRuntimeJar() {
        List<String> cmd = WorkerLauncher.command(false, true);
        assertEquals(JavaCommand.javaExecutable(), cmd.get(0));
        List<String> classPath = List.of(cmd.get(cmd.indexOf("-cp") + 1).split(File.pathSeparator));
        List<String> expected = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!WorkerClassPath.isGuiLibrary(entry)) {
                expected.add(entry);
            }
        }
        assertEquals(expected, classPath.subList(1, classPath.size()));
        assertTrue(classPath.get(0).endsWith(".jar") && Files.isRegularFile(Path.of(classPath.get(0))), classPath.get(0));
        assertEquals("org.proclab.runtime.worker.WorkerMain", cmd.get(cmd.size() - 1));
        assertTrue(cmd.contains("-XX:-UsePerfData"), cmd.toString());
        assertTrue(cmd.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=")), "the class-data archive");
    }

    @Test
    void guiLibrariesAreLeftOutOfAWorkersClassPath() {
        String cp = String.join(File.pathSeparator, "/a/classes", "/m2/javafx-graphics-21.0.11-linux.jar",
                "/m2/jackson-core-2.23.0.jar", "/m2/controlsfx-11.2.4.jar", "/m2/oshi-core-7.5.0.jar");
        assertEquals(String.join(File.pathSeparator, "/a/classes", "/m2/jackson-core-2.23.0.jar"),
                WorkerClassPath.withoutGuiLibraries(cp));
    }

    @Test
    void aChildStartedFromItRunsAndAnswers() throws IOException, InterruptedException {
        Process child = JavaCommand.forMain(EchoMain.class).arg("hello").toProcessBuilder()
                .redirectErrorStream(true).start();
        try {
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals("echo hello", new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
            assertEquals(0, child.exitValue());
        } finally {
            child.destroyForcibly();
        }
    }

    /** The child: prints its arguments. */
    public static final class EchoMain {
        public static void main(String[] args) {
            System.out.println("echo " + String.join(" ", args));
        }
    }
}
