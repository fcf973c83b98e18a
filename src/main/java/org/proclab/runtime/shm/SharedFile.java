package org.proclab.runtime.shm;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The layout every shared file starts with. A small header lets a process that receives an object check
 * that the file really holds what the sender said, instead of silently reading garbage.
 * <pre>
 *  0  long  lock word (the Lock of a Value/Array, or a standalone Lock)
 *  8  int   magic "PLSM"
 * 12  int   kind (Value, Array, Lock, Barrier)
 * 16  int   type code (a char), 0 for Lock/Barrier
 * 20  int   length (Array), 1 (Value) or parties (Barrier)
 * 24  long  barrier state
 * 32        elements, each in an aligned 4- or 8-byte slot
 * </pre>
 */
public final class SharedFile {
    public static final int LOCK_WORD = 0;
    public static final int BARRIER_STATE = 24;
    public static final int DATA = 32;
    private static final int MAGIC_AT = 8;
    private static final int KIND_AT = 12;
    private static final int CODE_AT = 16;
    private static final int LENGTH_AT = 20;
    private static final int MAGIC = 0x504C534D;

    /** What a shared file holds; its name prefixes the file name. */
    public enum Kind {
        VALUE, ARRAY, LOCK, BARRIER;

        String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private SharedFile() {
    }

    /** Creates and maps a new file for {@code kind}, header filled in, elements zero. */
    public static MappedFile create(Kind kind, char code, int length) {
        MappedFile file = SharedMemory.create(kind.fileName(), size(code, length));
        MappedByteBuffer b = file.buffer();
        b.putInt(KIND_AT, kind.ordinal());
        b.putInt(CODE_AT, code);
        b.putInt(LENGTH_AT, length);
        b.putInt(MAGIC_AT, MAGIC);
        return file;
    }

    /** Maps the file another process created, checking it holds what the received object describes. */
    public static MappedByteBuffer attach(Path path, Kind kind, char code, int length) {
        MappedByteBuffer b = SharedMemory.attach(path, size(code, length));
        boolean ok = b.getInt(MAGIC_AT) == MAGIC && b.getInt(KIND_AT) == kind.ordinal()
                && b.getInt(CODE_AT) == code && b.getInt(LENGTH_AT) == length;
        if (!ok) {
            throw new IllegalStateException("shared memory file " + path + " does not hold the "
                    + kind.fileName() + " that was sent (code '" + code + "', length " + length + ")");
        }
        return b;
    }

    private static int size(char code, int length) {
        long data = code == 0 ? 0 : SharedCells.bytesFor(TypeCode.of(code), length);
        return Math.toIntExact(DATA + data);
    }
}
