package org.proclab.runtime;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.proclab.runtime.pool.ResultStream;

/** A {@link ResultIterator} over a pool's result stream. */
final class PoolResultIterator<R> implements ResultIterator<R> {
    private final ResultStream stream;
    private final String what;

    PoolResultIterator(ResultStream stream, String what) {
        this.stream = stream;
        this.what = what;
    }

    @Override
    public boolean hasNext() {
        return stream.hasNext();
    }

    @Override
    @SuppressWarnings("unchecked")
    public R next() {
        try {
            return (R) stream.next(null);
        } catch (TimeoutException ex) {
            throw new IllegalStateException("a wait without a timeout timed out", ex);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public R next(Duration timeout) {
        try {
            return (R) stream.next(timeout);
        } catch (TimeoutException ex) {
            throw new TaskTimeoutException("the next result of " + what + " was not ready within " + timeout, ex);
        }
    }
}
