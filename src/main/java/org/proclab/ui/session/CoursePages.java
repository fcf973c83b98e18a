package org.proclab.ui.session;

import java.util.List;
import java.util.Optional;
import org.proclab.lesson.Chapter;

/**
 * The pages the window can show: the course's chapters in order, then the scratch page for the learner's own
 * program, which has no number and is not counted as a chapter.
 */
final class CoursePages {
    private final List<Chapter> chapters;
    private final Chapter scratch;

    CoursePages(List<Chapter> chapters, Chapter scratch) {
        this.chapters = List.copyOf(chapters);
        this.scratch = scratch;
    }

    List<Chapter> chapters() {
        return chapters;
    }

    Optional<Chapter> scratch() {
        return Optional.ofNullable(scratch);
    }

    /** The chapter's position in the course, or -1 (also for the scratch page). */
    int indexOf(String id) {
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** A chapter by id, or the scratch page by its id. */
    Optional<Chapter> page(String id) {
        int i = indexOf(id);
        return i >= 0 ? Optional.of(chapters.get(i)) : scratch().filter(c -> c.id().equals(id));
    }

    /** Where a page sits for previous / next: the scratch page comes after the last chapter. */
    int position(Chapter page) {
        return page == scratch ? chapters.size() : indexOf(page.id());
    }

    /** The chapter at a position of {@link #position}; Next never leads into the scratch page. */
    Optional<Chapter> at(int position) {
        if (position >= 0 && position < chapters.size()) {
            return Optional.of(chapters.get(position));
        }
        return Optional.empty();
    }
}
