package org.proclab.runtime.worker;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Turns a worker's System.out / System.err into whole lines sent to the parent, each tagged by the parent. */
final class LineForwarder extends OutputStream {
    private static final int MAX_LINE = 16 * 1024;

    private final WorkerLink link;
    private final int stream;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    LineForwarder(WorkerLink link, int stream) {
        this.link = link;
        this.stream = stream;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else if (b != '\r') {
            line.write(b);
            if (line.size() >= MAX_LINE) {
                emit();
            }
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    /** A partial last line is sent only when the worker ends, so a print without newline is not lost. */
    synchronized void flushPartial() {
        if (line.size() > 0) {
            emit();
        }
    }

    private void emit() {
        link.output(stream, line.toString(StandardCharsets.UTF_8));
        line.reset();
    }
}
