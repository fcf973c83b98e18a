package org.proclab.runtime;

import java.time.Duration;
import java.util.Iterator;

/**
 * What {@link Pool#imap} and {@link Pool#imapUnordered} return: results one at a time, in a for-each loop
 * or with {@link #next(Duration)}, like Python's {@code IMapIterator}. A task's exception is thrown when its
 * turn comes, and the iteration can go on past it.
 */
public interface ResultIterator<R> extends Iterator<R>, Iterable<R> {
    /** The next result, waiting at most {@code timeout}: then {@link TaskTimeoutException}, and it can be retried. */
    R next(Duration timeout);

    @Override
    default Iterator<R> iterator() {
        return this;
    }
}
