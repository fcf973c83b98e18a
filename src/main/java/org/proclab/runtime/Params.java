package org.proclab.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters a learner set, as an example's {@code main(String[] args)} receives them: {@code name=value}
 * strings. The lesson loader has already validated them against the chapter's spec; the defaults here are
 * for running an example on its own.
 */
public final class Params {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Params() {
    }

    public static Params parse(String[] args) {
        Params params = new Params();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameter \"" + arg + "\" is not of the form name=value");
            }
            params.values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return params;
    }

    public String getString(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int getInt(String name, int fallback) {
        String v = values.get(name);
        return v == null ? fallback : Integer.parseInt(v.replace("_", ""));
    }

    public long getLong(String name, long fallback) {
        String v = values.get(name);
        return v == null ? fallback : Long.parseLong(v.replace("_", ""));
    }

    public boolean getBoolean(String name, boolean fallback) {
        String v = values.get(name);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }
}
