package org.proclab.runtime.spawn;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a worker JVM runs from. Java 17's class-data sharing (AppCDS) maps the classes a worker loads from an
 * archive instead of parsing them at each start, but it accepts only jars, so the runtime's classes go into a
 * jar first on the worker's class path ({@link RuntimeJar}); the archive is made once by a training run of a
 * worker and kept beside that jar in the user's data folder. Anything that fails here leaves the plain class
 * path: a missing cache costs time, never a run.
 */
final class WorkerImage {
    static final String DISABLE_PROPERTY = "proclab.worker.cds";
    private static final long TRAINING_LIMIT_SECONDS = 60;
    private static volatile WorkerImage current;

    private final String classPath;
    private final Path archive;

    private WorkerImage(String classPath, Path archive) {
        this.classPath = classPath;
        this.archive = archive;
    }

    static WorkerImage get() {
        WorkerImage image = current;
        if (image == null) {
            synchronized (WorkerImage.class) {
                image = current;
                if (image == null) {
                    image = make();
                    current = image;
                }
            }
        }
        return image;
    }

    String classPath() {
        return classPath;
    }

    /** The JVM options that map the archive, none when there is none. */
    List<String> archiveOptions() {
        return archive == null ? List.of() : List.of("-XX:SharedArchiveFile=" + archive);
    }

    private static WorkerImage make() {
        String plain = WorkerClassPath.withoutGuiLibraries(System.getProperty("java.class.path"));
        if ("false".equals(System.getProperty(DISABLE_PROPERTY))) {
            return new WorkerImage(plain, null);
        }
        try {
            RuntimeJar jar = RuntimeJar.locate(DataFolder.path().resolve("workers"));
            if (jar == null) {
                return new WorkerImage(plain, null);
            }
            // Named after the collector: an archive trained under another one would not map the module graph.
            Path archive = jar.directory().resolve("worker-" + WorkerLauncher.GC + ".jsa");
            if (!Files.exists(archive)) {
                train(jar.path(), archive);
            }
            String classPath = jar.path() + File.pathSeparator + jar.workerClassPath(plain);
            return new WorkerImage(classPath, Files.exists(archive) ? archive : null);
        } catch (IOException | URISyntaxException | RuntimeException ex) {
            return new WorkerImage(plain, null);
        }
    }

    /**
     * Runs one worker in training mode with only the jar on its class path (the archive refuses directories)
     * and keeps the archive it writes at exit. Several JVMs may train at once: each writes its own file and
     * the first to finish moves it into place.
     */
    private static void train(Path jar, Path archive) throws IOException {
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        List<String> command = new ArrayList<>(WorkerLauncher.baseCommand(jar.toString(), false)
                .jvmOption("-XX:ArchiveClassesAtExit=" + partial)
                .arg(WorkerLauncher.TRAIN_ARG)
                .toList());
        java.lang.Process training = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        training.getOutputStream().close();
        try {
            if (!training.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                training.destroyForcibly().waitFor();
            } else if (training.exitValue() == 0 && Files.size(partial) > 0) {
                RuntimeJar.moveIntoPlace(partial, archive);
            }
        } catch (InterruptedException ex) {
            training.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
