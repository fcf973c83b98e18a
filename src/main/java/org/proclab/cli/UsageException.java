package org.proclab.cli;

/** The command line asked for something that does not exist; exit status 2 with this message. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
