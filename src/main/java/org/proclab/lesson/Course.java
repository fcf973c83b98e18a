package org.proclab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chapters that loaded, in course order, and a readable problem for each one that did not
 * (e.g. {@code lessons/lock/chapter.json: params[1] "delay": default 5000 is outside 0..1000}), and the
 * scratch page for the learner's own program if the course has one (null if not). The scratch page is no
 * chapter: {@link #chapter(String)} and {@link #ids()} never name it.
 */
public record Course(List<Chapter> chapters, List<String> problems, Chapter scratch) {

    public Course {
        chapters = List.copyOf(chapters);
        problems = List.copyOf(problems);
    }

    public Course(List<Chapter> chapters, List<String> problems) {
        this(chapters, problems, null);
    }

    /** The page for the learner's own program ({@code "scratch"} in course.json), if there is one. */
    public Optional<Chapter> scratchPage() {
        return Optional.ofNullable(scratch);
    }

    public Optional<Chapter> chapter(String id) {
        return chapters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Chapter chapter : chapters) {
            ids.add(chapter.id());
        }
        return ids;
    }
}
