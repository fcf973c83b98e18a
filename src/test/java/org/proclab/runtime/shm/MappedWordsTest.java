package org.proclab.runtime.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class MappedWordsTest {

    @Test
    void wordsAreTheBuffersOwnBytesInTheMachinesOrder() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(32).order(ByteOrder.nativeOrder());
        MappedWords words = new MappedWords(buffer);
        words.putLongVolatile(8, 0x0102030405060708L);
        assertEquals(0x0102030405060708L, buffer.getLong(8));
        buffer.putInt(16, -7);
        assertEquals(-7, words.getIntVolatile(16));
        assertEquals(-7, words.getAndAddInt(16, 10));
        assertEquals(3, buffer.getInt(16));
        assertEquals(3, words.getAndSetInt(16, 42));
        assertTrue(words.compareAndSetInt(16, 42, 43));
        assertFalse(words.compareAndSetInt(16, 42, 44));
        assertEquals(43, words.getIntVolatile(16));
        assertEquals(0x0102030405060708L, words.getAndAddLong(8, 1));
        assertEquals(0x0102030405060709L, words.getAndSetLong(8, Long.MIN_VALUE));
        assertTrue(words.compareAndSetLong(8, Long.MIN_VALUE, -1));
        assertEquals(-1, words.getLongVolatile(8));
    }

    @Test
    void aWordOutsideTheBufferOrOffItsAlignmentIsRefusedBeforeAnyAccess() {
        MappedWords words = new MappedWords(ByteBuffer.allocateDirect(16));
        assertThrows(IndexOutOfBoundsException.class, () -> words.getLongVolatile(16));
        assertThrows(IndexOutOfBoundsException.class, () -> words.getLongVolatile(12));
        assertThrows(IndexOutOfBoundsException.class, () -> words.getIntVolatile(-4));
        assertThrows(IndexOutOfBoundsException.class, () -> words.getIntVolatile(2));
        assertThrows(IndexOutOfBoundsException.class, () -> words.putLongVolatile(4, 1));
        assertEquals(0, words.getIntVolatile(12));
    }

    @Test
    void onlyDirectMemoryHasAnAddress() {
        assertThrows(IllegalArgumentException.class, () -> new MappedWords(ByteBuffer.allocate(16)));
    }
}
