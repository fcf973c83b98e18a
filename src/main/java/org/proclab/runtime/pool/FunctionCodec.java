package org.proclab.runtime.pool;

import java.io.IOException;

/**
 * Turns a pool function into the bytes a worker receives once for it. The pool's API class passes the
 * runtime's job codec, so this package needs no type from the API above it.
 */
@FunctionalInterface
public interface FunctionCodec {
    byte[] encode(Object fn) throws IOException;
}
