package org.proclab.python;

import java.io.IOException;
import org.proclab.runtime.event.Event;
import org.proclab.runtime.event.EventType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything between "run this chapter in Python" and a running python3: the interpreter, the script, the
 * tracer's folder, the event server, the command line and its environment. Any failure ends the run at once
 * with a status that says what is missing.
 */
final class PythonLaunch {
    private final PythonRequest request;
    private final PythonRun run;

    PythonLaunch(PythonRequest request, PythonRun run) {
        this.request = request;
        this.run = run;
    }

    void begin() {
        Map<String, String> params = request.params();
        Optional<PythonInterpreter> found = request.interpreter() == null ? PythonInterpreter.find()
                : PythonInterpreter.at(request.interpreter());
        if (found.isEmpty()) {
            endNow(PythonOutcome.notRun(PythonOutcome.Status.NO_PYTHON, PythonInterpreter.INSTALL_HINT, params, null));
            return;
        }
        PythonInterpreter python = found.get();
        Optional<String> scriptName = PythonChapter.scriptName(request.chapterId());
        Optional<String> scriptText = scriptName.flatMap(name -> PythonLessonFiles.read(request.chapterId(), name));
        if (scriptText.isEmpty()) {
            endNow(PythonOutcome.notRun(PythonOutcome.Status.NO_SCRIPT, "lesson \"" + request.chapterId()
                    + "\" has no Python version (lessons/" + request.chapterId() + "/" + PythonLessonFiles.MAP_FILE
                    + " naming its script)", params, python.version()));
            return;
        }
        TracerFiles tracer = null;
        TraceServer server = null;
        try {
            tracer = TracerFiles.extract();
            // The learner's own file when the lessons are on disk, so a traceback names the file they read.
            Optional<Path> onDisk = PythonLessonFiles.onDisk(request.chapterId(), scriptName.get());
            Path script = onDisk.isPresent() ? onDisk.get().toAbsolutePath()
                    : tracer.write(scriptName.get(), scriptText.get());
            server = new TraceServer(run::trace, run::connectionOpened, run::connectionClosed);
            ProcessBuilder builder = new ProcessBuilder(command(python, script, params));
            builder.directory(script.getParent().toFile());
            environment(builder.environment(), tracer.root(), server);
            long startNanos = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            run.attach(process, server);
            // The main process's pid from the start: a window's "main" lane then samples CPython, not the JVM
            // that launched it (the script's own first event from main may come only at its end).
            run.deliver(new Event(EventType.PROCESS_STARTED, startNanos, "main", process.pid(), null, -1, null, null,
                    "python3 " + script.getFileName()), -1);
            List<Thread> drains = new ArrayList<>(List.of(run.drain(process.getInputStream(), "stdout"),
                    run.drain(process.getErrorStream(), "stderr")));
            TracerFiles files = tracer;
            Thread supervisor = new Thread(() -> run.finish(params, python.version(), startNanos, drains, script,
                    files), "python-run-" + request.chapterId());
            supervisor.setDaemon(true);
            supervisor.start();
        } catch (IOException ex) {
            if (server != null) {
                server.close();
            }
            if (tracer != null) {
                tracer.close();
            }
            endNow(PythonOutcome.notRun(PythonOutcome.Status.FAILED, "cannot start " + python.executable() + ": "
                    + ex.getMessage(), params, python.version()));
        }
    }

    private List<String> command(PythonInterpreter python, Path script, Map<String, String> params) {
        List<String> command = new ArrayList<>(List.of(python.executable().toString(), "-m", TracerFiles.PACKAGE,
                script.toString()));
        params.forEach((name, value) -> command.add("--" + name + "=" + value));
        return command;
    }

    private void environment(Map<String, String> env, Path tracerRoot, TraceServer server) {
        String path = env.get("PYTHONPATH");
        env.put("PYTHONPATH", tracerRoot + (path == null || path.isBlank() ? "" : java.io.File.pathSeparator + path));
        env.put("PYTHONDONTWRITEBYTECODE", "1");   // no __pycache__ in the lessons folder
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PROCLAB_TRACE_PORT", Integer.toString(server.port()));
        env.put("PROCLAB_TRACE_TOKEN", server.token());
        if (request.startMethod() != null) {
            env.put("PROCLAB_START_METHOD", request.startMethod());
        } else {
            env.remove("PROCLAB_START_METHOD");
        }
    }

    private void endNow(PythonOutcome outcome) {
        Thread ender = new Thread(() -> run.complete(outcome), "python-run-" + request.chapterId());
        ender.setDaemon(true);
        ender.start();
    }
}
