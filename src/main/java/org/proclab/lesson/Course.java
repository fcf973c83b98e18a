package org.proclab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chapters that loaded, in course order, and a readable problem for each one that did not
 * (e.g. {@code lessons/lock/chapter.json: params[1] "delay": default 5000 is outside 0..1000}).
 */
public record Course(List<Chapter> chapters, List<String> problems) {

    public Course {
        chapters = List.copyOf(chapters);
        problems = List.copyOf(problems);
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
