package org.proclab.runtime;

/** Python's {@code EOFError} from {@code Connection.recv()}: the other end is closed and nothing is left. */
public class PipeEofException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipeEofException(String message) {
        super(message);
    }
}
