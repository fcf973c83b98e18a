package org.proclab.python;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to run in Python.
 *
 * @param chapterId   the chapter, e.g. "lock"
 * @param params      its parameters, already validated (each becomes {@code --name=value})
 * @param interpreter a python3 to use instead of the one found in the environment; may be null
 * @param startMethod "fork", "spawn" or "forkserver" to override CPython's default; may be null
 */
public record PythonRequest(String chapterId, Map<String, String> params, Path interpreter, String startMethod) {

    public PythonRequest {
        params = new LinkedHashMap<>(params);
    }

    public static PythonRequest of(String chapterId, Map<String, String> params) {
        return new PythonRequest(chapterId, params, null, null);
    }

    public PythonRequest withStartMethod(String method) {
        return new PythonRequest(chapterId, params, interpreter, method);
    }

    public PythonRequest withInterpreter(Path python) {
        return new PythonRequest(chapterId, params, python, startMethod);
    }
}
