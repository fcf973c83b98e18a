package org.proclab.cli;

import org.proclab.lesson.Lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run ID [--set NAME=VALUE]... [--json] [--lang en|zh]}, parsed.
 *
 * @param lesson the chapter id
 * @param params what --set gave, not yet checked against the chapter
 * @param json   every event as one JSON line instead of tagged text
 * @param lang   language of the title, question and summary labels
 * @param step   workers stop before each shared operation until "step NAME" arrives on stdin
 * @param repeat run the example this many times and count the outcomes; 0 for a single, fully reported run
 * @param question run with the settings of the chapter's question (its "set"), then any --set on top
 * @param mainClass with {@code --main CLASS}: run this class from the class path instead of a chapter
 *                  (what {@code run FILE.java} does after compiling); then {@code lesson} is null
 */
record RunArgs(String lesson, Map<String, String> params, boolean json, Lang lang, boolean step, int repeat,
               boolean question, String mainClass) {

    static final int MAX_REPEAT = 10_000;
    static final String USAGE = "usage: proclab run ID|FILE.java [--set NAME=VALUE]... [--json] [--lang en|zh]"
            + " [--step] [--repeat N] [--question] [--python]";

    RunArgs(String lesson, Map<String, String> params, boolean json, Lang lang, boolean step, int repeat) {
        this(lesson, params, json, lang, step, repeat, false, null);
    }

    /** Whether the learner named a source file ({@code run FILE.java}) rather than a chapter. */
    boolean sourceFile() {
        return lesson != null && lesson.endsWith(".java");
    }

    static RunArgs parse(List<String> args) throws UsageException {
        String lesson = null;
        Map<String, String> params = new LinkedHashMap<>();
        boolean json = false;
        boolean step = false;
        boolean question = false;
        int repeat = 0;
        String mainClass = null;
        Lang lang = Lang.EN;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--question")) {
                question = true;
            } else if (arg.equals("--main")) {
                mainClass = next(args, ++i, "--main needs a class name");
            } else if (arg.equals("--step")) {
                step = true;
            } else if (arg.equals("--repeat") || arg.startsWith("--repeat=")) {
                repeat = times(arg.equals("--repeat") ? next(args, ++i, "--repeat needs a number") : arg.substring(9));
            } else if (arg.equals("--set") || arg.startsWith("--set=")) {
                String assignment = arg.equals("--set") ? next(args, ++i, "--set needs NAME=VALUE") : arg.substring(6);
                int eq = assignment.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--set needs NAME=VALUE, got \"" + assignment + "\"\n" + USAGE);
                }
                params.put(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
            } else if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                String code = arg.equals("--lang") ? next(args, ++i, "--lang needs en or zh") : arg.substring(7);
                try {
                    lang = Lang.fromCode(code);
                } catch (IllegalArgumentException ex) {
                    throw new UsageException(ex.getMessage() + "\n" + USAGE);
                }
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option \"" + arg + "\"\n" + USAGE);
            } else if (lesson == null) {
                lesson = arg;
            } else {
                throw new UsageException("only one lesson id, got \"" + lesson + "\" and \"" + arg + "\"\n" + USAGE);
            }
        }
        if (lesson == null && mainClass == null) {
            throw new UsageException("which lesson? " + USAGE);
        }
        if (step && repeat > 0) {
            throw new UsageException("--step and --repeat cannot be combined: a stepped run is played by hand\n"
                    + USAGE);
        }
        if (lesson != null && mainClass != null) {
            throw new UsageException("--main runs a class instead of a lesson; give one of them\n" + USAGE);
        }
        return new RunArgs(lesson, params, json, lang, step, repeat, question, mainClass);
    }

    private static int times(String text) throws UsageException {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= MAX_REPEAT) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // reported below, with the allowed range
        }
        throw new UsageException("--repeat must be a whole number from 1 to " + MAX_REPEAT + "; got \"" + text
                + "\"\n" + USAGE);
    }

    private static String next(List<String> args, int i, String problem) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(problem + "\n" + USAGE);
        }
        return args.get(i);
    }
}
