package org.proclab.app;

import java.util.List;
import org.proclab.lesson.Chapter;
import org.proclab.lesson.Course;
import org.proclab.lesson.CourseLoader;

/** Where the window gets its chapters; the app uses the lessons loader, tests may hand in their own. */
@FunctionalInterface
public interface CourseSource {

    /**
     * Chapters in course order, a readable problem for each chapter that failed to load, and the page for the
     * learner's own program (null when the course has none).
     */
    record Loaded(List<Chapter> chapters, List<String> problems, Chapter scratch) {

        public Loaded(List<Chapter> chapters, List<String> problems) {
            this(chapters, problems, null);
        }

        public java.util.Optional<Chapter> chapter(String id) {
            return chapters.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    Loaded load();

    /** The course the app shows. */
    static CourseSource standard() {
        return () -> {
            Course course = CourseLoader.loadDefault();
            return new Loaded(course.chapters(), course.problems(), course.scratch());
        };
    }
}
