package org.proclab.runtime.pool;

/**
 * Makes the exception a learner sees when a task fails in (or with) its worker. The pool's API class passes
 * its own exception's constructor, so this package needs no type from the API above it.
 */
@FunctionalInterface
public interface WorkerErrorFactory {
    RuntimeException create(String message, String remoteClass, String remoteStackTrace);
}
