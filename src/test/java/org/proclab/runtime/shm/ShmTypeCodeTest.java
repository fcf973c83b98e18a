package org.proclab.runtime.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShmTypeCodeTest {

    @Test
    void eachCodeHasItsJavaTypeAndSlot() {
        assertEquals(Integer.class, TypeCode.of('b').javaType());
        assertEquals(Integer.class, TypeCode.of('H').javaType());
        assertEquals(Integer.class, TypeCode.of('i').javaType());
        assertEquals(Long.class, TypeCode.of('I').javaType());
        assertEquals(Long.class, TypeCode.of('l').javaType());
        assertEquals(Long.class, TypeCode.of('Q').javaType());
        assertEquals(Float.class, TypeCode.of('f').javaType());
        assertEquals(Double.class, TypeCode.of('d').javaType());
        assertEquals(4, TypeCode.of('b').slot().bytes);
        assertEquals(8, TypeCode.of('q').slot().bytes);
    }

    @Test
    void unknownCodeListsEveryValidCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeCode.of('x'));
        assertEquals("unknown type code 'x'; valid codes: b B h H i I l L q Q f d (b=signed char,"
                + " B=unsigned char, h=short, H=unsigned short, i=int, I=unsigned int, l=long, L=unsigned long,"
                + " q=long long, Q=unsigned long long, f=float, d=double)", e.getMessage());
    }

    @Test
    void fractionForAWholeNumberCodeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeCode.of('i').coerce(3.5));
        assertEquals("type code 'i' (int) holds whole numbers; got 3.5 (a Double)", e.getMessage());
    }

    @Test
    void textForADoubleCodeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeCode.of('d').coerce("abc"));
        assertEquals("type code 'd' (double) holds numbers; got \"abc\" (a String)", e.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> TypeCode.of('d').coerce(null));
        assertEquals("type code 'd' (double) holds numbers; got null", nul.getMessage());
    }

    @Test
    void wholeNumbersWrapLikeC() {
        assertEquals(-56, TypeCode.of('b').coerce(200));
        assertEquals(255, TypeCode.of('B').coerce(-1));
        assertEquals(44, TypeCode.of('B').coerce(300));
        assertEquals(-25536, TypeCode.of('h').coerce(40_000));
        assertEquals(65535, TypeCode.of('H').coerce(-1));
        assertEquals(Integer.MIN_VALUE, TypeCode.of('i').coerce(1L << 31));
        assertEquals(4_294_967_295L, TypeCode.of('I').coerce(-1));
        assertEquals(-1L, TypeCode.of('Q').coerce(new BigInteger("18446744073709551615")));
    }

    @Test
    void unsignedSixtyFourBitValuesAreShownUnsigned() {
        assertEquals("18446744073709551615", TypeCode.of('Q').format(-1L));
        assertEquals("18446744073709551615", TypeCode.of('L').format(TypeCode.of('L').coerce(-1)));
        assertEquals("-1", TypeCode.of('q').format(-1L));
    }

    @Test
    void wholeNumberBecomesDoubleOnlyWithoutLoss() {
        assertEquals(3.0, TypeCode.of('d').coerce(3));
        assertEquals(9_007_199_254_740_992.0, TypeCode.of('d').coerce(1L << 53));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypeCode.of('d').coerce((1L << 53) + 1));
        assertEquals("type code 'd' (double) cannot hold the whole number 9007199254740993 exactly;"
                + " pass a Double if rounding is fine", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TypeCode.of('f').coerce((1 << 24) + 1));
        assertEquals(16_777_216f, TypeCode.of('f').coerce(1 << 24));
        assertEquals(0.1f, TypeCode.of('f').coerce(0.1));
    }

    @Test
    void typedConstructorsWantTheExactJavaType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypeCode.of('q').requireJavaType(0, "the initial value", "Value.of('q', 0)"));
        assertEquals("type code 'q' (long long) holds Long values in Java, but the initial value 0 is an"
                + " Integer: write 0L, or use Value.of('q', 0), which converts it", e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> TypeCode.of('d').requireJavaType(3, "the initial value", "Value.of('d', 3)"));
        assertEquals("type code 'd' (double) holds Double values in Java, but the initial value 3 is an"
                + " Integer: write 3.0, or use Value.of('d', 3), which converts it", d.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> TypeCode.of('f').requireJavaType(0.5, "the initial value", "Value.of('f', 0.5)"));
        assertEquals("type code 'f' (float) holds Float values in Java, but the initial value 0.5 is a"
                + " Double: write 0.5f, or use Value.of('f', 0.5), which converts it", f.getMessage());
    }

    @Test
    void additionWrapsWithTheCode() {
        assertEquals(-128, TypeCode.of('b').plus(127, 1));
        assertEquals(0, TypeCode.of('B').plus(255, 1));
        assertEquals(0L, TypeCode.of('I').plus(4_294_967_295L, 1L));
        assertEquals(0.75, TypeCode.of('d').plus(0.5, 0.25));
    }
}
