package org.proclab.cli;

import org.proclab.lesson.Chapter;
import org.proclab.lesson.Course;
import org.proclab.lesson.Lang;

import java.io.PrintStream;

/** {@code list}: one line per chapter, {@code id<TAB>English title}; broken chapters are named on stderr. */
final class ListCommand {
    private ListCommand() {
    }

    static int run(Course course, PrintStream out, PrintStream err) {
        for (Chapter chapter : course.chapters()) {
            out.println(chapter.id() + "\t" + chapter.title(Lang.EN));
        }
        for (String problem : course.problems()) {
            err.println("not loaded: " + problem);
        }
        out.flush();
        return course.problems().isEmpty() ? 0 : 1;
    }
}
