package org.proclab.runtime.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records of numbers and strings travel in the compact form, made again by their canonical constructor. */
class ItemCodecRecordTest {
    record Int128(long high, long low) implements Serializable {
    }

    record Checked(int n) implements Serializable {
        Checked {
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative");
            }
        }
    }

    record Loose(int n) {
    }

    static final class Point implements Serializable {
        private static final long serialVersionUID = 1L;
        final int x = 3;
    }

    record Holder(String name, Point point) implements Serializable {
    }

    private static byte[] bytes(Object item) {
        PayloadWriter out = new PayloadWriter();
        ItemCodec.write(out, item);
        return out.toByteArray();
    }

    private static Object back(byte[] b) throws IOException {
        return ItemCodec.read(new PayloadReader(b));
    }

    private static boolean serialized(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xff) == 0xAC && (b[i + 1] & 0xff) == 0xED) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRecordOfNumbersTravelsWithoutObjectStreamsAndComesBackEqual() throws IOException {
        Int128 sum = new Int128(7, -1);
        byte[] b = bytes(sum);
        assertFalse(serialized(b));
        assertEquals(sum, back(b));
        List<Object> inList = new ArrayList<>(List.of(sum, "x", new Int128(0, 1)));
        assertEquals(inList, back(bytes(inList)));
    }

    @Test
    void theCanonicalConstructorRunsOnArrivalAsUnderSerialization() {
        byte[] b = bytes(new Checked(1));
        for (int i = b.length - 4; i < b.length; i++) {
            b[i] = (byte) 0xff; // the int component's four bytes: now n = -1
        }
        IOException refused = assertThrows(IOException.class, () -> back(b));
        assertTrue(refused.getMessage().contains("n must not be negative"), refused.getMessage());
    }

    @Test
    void aRecordHoldingALearnersObjectStillTravelsBySerializationAndOneThatIsNotSerializableIsRefused()
            throws IOException {
        byte[] b = bytes(new Holder("p", new Point()));
        assertTrue(serialized(b));
        assertEquals(3, ((Holder) back(b)).point().x);
        assertThrows(IllegalArgumentException.class, () -> bytes(new Loose(1)));
    }
}
