package org.proclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class SpeedJobTest {

    private static BigInteger slow(long n) {
        BigInteger sum = BigInteger.ZERO;
        for (long i = 0; i < n; i++) {
            BigInteger b = BigInteger.valueOf(i);
            sum = sum.add(b).add(b.pow(2)).add(b.pow(3));
        }
        return sum;
    }

    @Test
    void matchesBigIntegerLoopAndClosedForm() {
        for (long n : new long[] {0, 1, 2, 3, 1000, 70_000}) {
            assertEquals(slow(n), SpeedJob.job(n), "n=" + n);
            assertEquals(slow(n), SpeedJob.exact(n), "n=" + n);
        }
    }

    @Test
    void tutorialValueForOneThousand() {
        // the tutorial's section 1.3 job, range(1000): the value Python prints for one process
        assertEquals(new BigInteger("249833583000"), SpeedJob.job(1000));
    }

    @Test
    void carriesAcrossTheLow64Bits() {
        // past n ≈ 2.6e5 the sum leaves 64 bits; 3e6 forces many carries
        long n = 3_000_000;
        assertTrue(SpeedJob.exact(n).bitLength() > 64);
        assertEquals(SpeedJob.exact(n), SpeedJob.job(n));
    }

    @Test
    void unsignedLowHalfIsHandled() {
        assertEquals(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), SpeedJob.toBig(0, -1));
        assertEquals(BigInteger.ONE.shiftLeft(64), SpeedJob.toBig(1, 0));
    }

    @Test
    void nOutsideTheExactRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SpeedJob.job(SpeedJob.MAX_N + 1));
        assertThrows(IllegalArgumentException.class, () -> SpeedJob.job(-1));
    }

    @Test
    void calibrationScalesToHalfTheTargetPerJob() {
        // 0.3 s for 100M: 1 s per job needs 333M
        assertEquals(333_000_000L, SpeedCalibration.scale(100_000_000L, 0.3, 2.0));
        assertEquals(SpeedJob.MAX_N, SpeedCalibration.scale(100_000_000L, 0.001, 2.0));
        assertEquals(1_000_000L, SpeedCalibration.scale(1_000_000L, 100, 2.0));
    }
}
