package org.proclab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine a run measured: cores, CPU model, Java and Python versions. */
public final class MachineInfo {
    private MachineInfo() {
    }

    public static Map<String, String> describe(PythonSide python, String loadAtStart) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        info.put("cpu", cpuModel(Path.of("/proc/cpuinfo")));
        info.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        info.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        info.put("python", python == null ? "Python not run" : python.version());
        info.put("pythonDefaultStartMethod", python == null ? "" : python.defaultMethod());
        info.put("loadAverageAtStart", loadAtStart);
        info.put("loadAverage", loadAverage(Path.of("/proc/loadavg")));
        return info;
    }

    /** The 1-, 5- and 15-minute load averages: on a shared machine they say how much else was running. */
    public static String loadAverageNow() {
        return loadAverage(Path.of("/proc/loadavg"));
    }

    static String loadAverage(Path loadavg) {
        try {
            String[] parts = Files.readString(loadavg).trim().split("\\s+");
            return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
        } catch (IOException | SecurityException ex) {
            return "unknown";
        }
    }

    static String cpuModel(Path cpuinfo) {
        try {
            return cpuModel(Files.readAllLines(cpuinfo));
        } catch (IOException | SecurityException ex) {
            return "unknown";
        }
    }

    static String cpuModel(List<String> lines) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals("model name")) {
                return line.substring(colon + 1).trim();
            }
        }
        return "unknown";
    }
}
