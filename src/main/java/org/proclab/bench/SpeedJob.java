package org.proclab.bench;

import java.math.BigInteger;

/**
 * The tutorial's job, {@code sum(i + i² + i³ for i < n)}, exactly: a 128-bit sum kept in two longs, with
 * {@link Math#multiplyHigh} for the high half of i³. A plain {@code long} overflows from n ≈ 55,000 on, and a
 * BigInteger per step would measure allocation instead of arithmetic. i² must fit a long: n ≤ {@link #MAX_N}.
 */
public final class SpeedJob {
    /** i² < 2^63 for every i < n, and the sum of two jobs stays far below 2^127. */
    public static final long MAX_N = 3_000_000_000L;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private SpeedJob() {
    }

    public static BigInteger job(long n) {
        if (n < 0 || n > MAX_N) {
            throw new IllegalArgumentException("n must be 0.." + MAX_N + ", not " + n);
        }
        long hi = 0;
        long lo = 0;
        for (long i = 0; i < n; i++) {
            long square = i * i;
            long cubeLo = square * i;
            long cubeHi = Math.multiplyHigh(square, i);
            long sum = lo + cubeLo;
            hi += cubeHi + carry(lo, sum);
            lo = sum;
            sum = lo + i + square;  // i + i² < 2^63: one add, at most one carry
            hi += carry(lo, sum);
            lo = sum;
        }
        return toBig(hi, lo);
    }

    /** 1 if adding to {@code before} wrapped past 2^64, which leaves the unsigned result smaller. */
    private static long carry(long before, long after) {
        return Long.compareUnsigned(after, before) < 0 ? 1 : 0;
    }

    static BigInteger toBig(long hi, long lo) {
        BigInteger low = BigInteger.valueOf(lo);
        if (lo < 0) {
            low = low.add(TWO_64);
        }
        return BigInteger.valueOf(hi).shiftLeft(64).add(low);
    }

    /** The same sum in closed form: n(n−1)/2 + (n−1)n(2n−1)/6 + (n(n−1)/2)². */
    public static BigInteger exact(long n) {
        BigInteger big = BigInteger.valueOf(n);
        BigInteger s1 = big.multiply(big.subtract(BigInteger.ONE)).shiftRight(1);
        BigInteger s2 = big.subtract(BigInteger.ONE).multiply(big)
                .multiply(big.shiftLeft(1).subtract(BigInteger.ONE)).divide(BigInteger.valueOf(6));
        return s1.add(s2).add(s1.multiply(s1));
    }
}
