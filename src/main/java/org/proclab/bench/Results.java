package org.proclab.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one bench run measured: samples per row and side, notes, and the errors met on the way. */
public final class Results {
    private final Map<String, List<Double>> proclab = new LinkedHashMap<>();
    private final Map<String, List<Double>> python = new LinkedHashMap<>();
    private final Map<String, String> pythonNotes = new LinkedHashMap<>();
    private final Map<String, String> proclabNotes = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public synchronized void addProcLab(String row, double value) {
        proclab.computeIfAbsent(row, k -> new ArrayList<>()).add(value);
    }

    public synchronized void addPython(String row, double value) {
        python.computeIfAbsent(row, k -> new ArrayList<>()).add(value);
    }

    public synchronized void addProcLab(Map<String, Double> figures) {
        figures.forEach(this::addProcLab);
    }

    public synchronized void addPython(Map<String, Double> figures) {
        figures.forEach(this::addPython);
    }

    /** What the Python column of a row is (start method, n), when it is only known at run time. */
    public synchronized void pythonNote(String row, String note) {
        pythonNotes.put(row, note);
    }

    /** What was special about the ProcLab figure (warm standby, n). */
    public synchronized void proclabNote(String row, String note) {
        proclabNotes.put(row, note);
    }

    /** The first error of a side of a workload is kept; later repetitions usually fail the same way. */
    public synchronized void error(String key, String message) {
        errors.putIfAbsent(key, message);
    }

    public synchronized void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    public synchronized List<Double> proclab(String row) {
        return List.copyOf(proclab.getOrDefault(row, List.of()));
    }

    public synchronized List<Double> python(String row) {
        return List.copyOf(python.getOrDefault(row, List.of()));
    }

    public synchronized String pythonNote(String row) {
        return pythonNotes.get(row);
    }

    public synchronized String proclabNote(String row) {
        return proclabNotes.get(row);
    }

    public synchronized Map<String, String> errors() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }
}
