package org.proclab.cli;

import org.proclab.runtime.context.ProcessContext;
import org.proclab.runtime.event.EventType;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for {@code System.out} or {@code System.err} while an example runs in this JVM: each line the
 * example prints becomes an OUTPUT event of the main process, exactly like a worker's lines do, so one
 * stream of events describes the whole run.
 */
final class OutputCapture extends OutputStream {
    private final String subject;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /** @param subject "stdout" or "stderr" */
    OutputCapture(String subject) {
        this.subject = subject;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emitLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(bytes[i]);
        }
    }

    /** Emits a last line that had no newline; called when the example has finished. */
    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emitLine();
        }
    }

    private void emitLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        ProcessContext ctx = ProcessContext.current();
        ctx.emit(ctx.event(EventType.OUTPUT, subject).withText(text));
    }
}
