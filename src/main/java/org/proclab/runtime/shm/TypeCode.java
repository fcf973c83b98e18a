package org.proclab.runtime.shm;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Python's {@code array}/{@code ctypes} type codes and the Java type each one gives back.
 *
 * <p>Every element sits in an aligned 4- or 8-byte slot so that it can be read, written and added to
 * atomically; the narrow C types (b, B, h, H) therefore use a whole int slot.
 *
 * <p>Writing a whole number that does not fit <b>wraps like C</b> (and like Python's ctypes): 'b' given 200
 * holds -56, 'B' given -1 holds 255, 'i' given 2^31 holds -2^31. Additions wrap the same way.
 *
 * <p>'L' and 'Q' are unsigned 64-bit. Java has no unsigned long, so {@code get()} returns a {@link Long}
 * with the same 64 bits: values from 2^63 up come back negative in Java arithmetic (compare with
 * {@link Long#compareUnsigned}). Events and {@code toString()} show them as unsigned decimals
 * ({@code 18446744073709551615}, not {@code -1}). 'I' (unsigned 32-bit) fits a Long exactly.
 */
public enum TypeCode {
    SIGNED_CHAR('b', "signed char", Slot.INT, Integer.class),
    UNSIGNED_CHAR('B', "unsigned char", Slot.INT, Integer.class),
    SHORT('h', "short", Slot.INT, Integer.class),
    UNSIGNED_SHORT('H', "unsigned short", Slot.INT, Integer.class),
    INT('i', "int", Slot.INT, Integer.class),
    UNSIGNED_INT('I', "unsigned int", Slot.INT, Long.class),
    LONG('l', "long", Slot.LONG, Long.class),
    UNSIGNED_LONG('L', "unsigned long", Slot.LONG, Long.class),
    LONG_LONG('q', "long long", Slot.LONG, Long.class),
    UNSIGNED_LONG_LONG('Q', "unsigned long long", Slot.LONG, Long.class),
    FLOAT('f', "float", Slot.FLOAT, Float.class),
    DOUBLE('d', "double", Slot.DOUBLE, Double.class);

    /** How an element is stored: as which kind of word, and its size in bytes. */
    public enum Slot {
        INT(4), LONG(8), FLOAT(4), DOUBLE(8);

        public final int bytes;

        Slot(int bytes) {
            this.bytes = bytes;
        }
    }

    private static final String VALID = Arrays.stream(values()).map(t -> String.valueOf(t.code))
            .collect(Collectors.joining(" "));
    private static final String LEGEND = Arrays.stream(values()).map(t -> t.code + "=" + t.cName)
            .collect(Collectors.joining(", "));

    private final char code;
    private final String cName;
    private final Slot slot;
    private final Class<? extends Number> javaType;
    /** Every value of {@link #javaType} is a value of this code as it is: coerce has nothing to do. */
    private final boolean holdsEveryJavaValue;

    TypeCode(char code, String cName, Slot slot, Class<? extends Number> javaType) {
        this.code = code;
        this.cName = cName;
        this.slot = slot;
        this.javaType = javaType;
        this.holdsEveryJavaValue = slot == Slot.INT ? code == 'i' : true;
    }

    /** The type for a Python type code; an unknown code gets a message listing every valid one. */
    public static TypeCode of(char code) {
        for (TypeCode t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown type code '" + code + "'; valid codes: " + VALID
                + " (" + LEGEND + ")");
    }

    public char code() {
        return code;
    }

    /** The C type name Python documents for this code, e.g. "unsigned char". */
    public String cName() {
        return cName;
    }

    public Slot slot() {
        return slot;
    }

    /** Integer, Long, Float or Double: the class {@code get()} returns for this code. */
    public Class<? extends Number> javaType() {
        return javaType;
    }

    public boolean isWholeNumber() {
        return slot == Slot.INT || slot == Slot.LONG;
    }

    /**
     * Checks that {@code value} is already of {@link #javaType()}: the typed constructors use this because a
     * {@code Value<Integer>} whose memory holds longs would fail later with a puzzling ClassCastException.
     */
    public void requireJavaType(Object value, String what, String convertingFactory) {
        coerce(value); // a value of the wrong kind altogether (3.5 for 'i', a String) gets coerce's message
        if (value.getClass() != javaType) {
            throw new IllegalArgumentException(describe() + " holds " + javaType.getSimpleName()
                    + " values in Java, but " + what + " " + value + " is " + article(value) + ": write "
                    + literal(value) + ", or use " + convertingFactory + ", which converts it");
        }
    }

    /**
     * Converts a number given by the learner to this code's Java type: whole numbers wrap like C; a whole
     * number becomes a float/double only if no digit is lost; a fraction is refused for whole-number codes.
     */
    public Number coerce(Object value) {
        if (holdsEveryJavaValue && value != null && value.getClass() == javaType) {
            return (Number) value; // the common case, first: a new worker runs this interpreted at first
        }
        if (!(value instanceof Number)) {
            throw new IllegalArgumentException(describe() + " holds " + (isWholeNumber() ? "whole numbers" : "numbers")
                    + "; got " + show(value) + (value == null ? "" : " (" + article(value) + ")"));
        }
        Number n = (Number) value;
        boolean integral = n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof AtomicInteger || n instanceof AtomicLong || n instanceof BigInteger;
        if (isWholeNumber()) {
            if (!integral) {
                throw new IllegalArgumentException(describe() + " holds whole numbers; got " + show(value)
                        + " (" + article(value) + ")");
            }
            return fromLongBits(n.longValue());
        }
        if (!integral) {
            if (n instanceof Double || n instanceof Float) {
                return slot == Slot.FLOAT ? (Number) n.floatValue() : (Number) n.doubleValue();
            }
            throw new IllegalArgumentException(describe() + " holds float or double numbers; got " + show(value)
                    + " (" + article(value) + ")");
        }
        return exactFloating(n);
    }

    /** A whole number as this whole-number code's Java value, wrapped like a C assignment. */
    public Number fromLongBits(long bits) {
        switch (this) {
            case SIGNED_CHAR: return (int) (byte) bits;
            case UNSIGNED_CHAR: return (int) (bits & 0xFF);
            case SHORT: return (int) (short) bits;
            case UNSIGNED_SHORT: return (int) (bits & 0xFFFF);
            case INT: return (int) bits;
            case UNSIGNED_INT: return bits & 0xFFFF_FFFFL;
            default: return bits;
        }
    }

    /** What an int slot holds, as this code's Java value (narrow codes store their wrapped value). */
    public Number fromIntSlot(int raw) {
        return this == UNSIGNED_INT ? (Number) (raw & 0xFFFF_FFFFL) : (Number) raw;
    }

    /** {@code a + b} with this code's wrapping or floating-point arithmetic. */
    public Number plus(Number a, Number b) {
        switch (slot) {
            case FLOAT: return a.floatValue() + b.floatValue();
            case DOUBLE: return a.doubleValue() + b.doubleValue();
            default: return fromLongBits(a.longValue() + b.longValue());
        }
    }

    /** How events and toString show a value: unsigned 64-bit codes as unsigned decimals. */
    public String format(Number value) {
        if (this == UNSIGNED_LONG || this == UNSIGNED_LONG_LONG) {
            return Long.toUnsignedString(value.longValue());
        }
        return String.valueOf(value);
    }

    /** "type code 'i' (int)", the way every message names a code. */
    public String describe() {
        return "type code '" + code + "' (" + cName + ")";
    }

    private Number exactFloating(Number n) {
        if (n instanceof BigInteger && ((BigInteger) n).bitLength() > 63) {
            throw notExact(n);
        }
        long whole = n.longValue();
        if (slot == Slot.FLOAT) {
            float f = whole;
            if (f == 0x1p63f || (long) f != whole) {
                throw notExact(n);
            }
            return f;
        }
        double d = whole;
        if (d == 0x1p63 || (long) d != whole) {
            throw notExact(n);
        }
        return d;
    }

    private IllegalArgumentException notExact(Number n) {
        return new IllegalArgumentException(describe() + " cannot hold the whole number " + n
                + " exactly; pass a " + javaType.getSimpleName() + " if rounding is fine");
    }

    private String literal(Object value) {
        String digits = String.valueOf(value);
        switch (slot) {
            case LONG: return digits + "L";
            case INT: return this == UNSIGNED_INT ? digits + "L" : digits.replaceAll("[LlFfDd]$", "");
            case FLOAT: return (digits.contains(".") ? digits : digits + ".0") + "f";
            default: return digits.contains(".") ? digits : digits + ".0";
        }
    }

    private static String show(Object value) {
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String article(Object value) {
        String name = value.getClass().getSimpleName();
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
