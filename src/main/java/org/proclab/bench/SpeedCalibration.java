package org.proclab.bench;

/** Finds the n at which the plain run (the job twice) takes about the target time in this JVM. */
final class SpeedCalibration {
    private static final double PROBE_SECONDS = 0.3;

    private SpeedCalibration() {
    }

    static long proclabN(double targetPlainSeconds) {
        for (int i = 0; i < 3; i++) {
            SpeedJob.job(2_000_000);  // let the JIT compile the loop before it is timed
        }
        long n = 20_000_000L;
        double seconds;
        while (true) {
            long t0 = System.nanoTime();
            SpeedJob.job(n);
            seconds = Figures.secondsSince(t0);
            if (seconds >= PROBE_SECONDS || n >= SpeedJob.MAX_N / 4) {
                break;
            }
            n *= 4;
        }
        // the machine is noisy: time the probe size three times and take the median
        double[] probes = {seconds, time(n), time(n)};
        java.util.Arrays.sort(probes);
        return scale(n, probes[1], targetPlainSeconds);
    }

    private static double time(long n) {
        long t0 = System.nanoTime();
        SpeedJob.job(n);
        return Figures.secondsSince(t0);
    }

    /** Plain runs the job twice: each run gets half the target. Rounded to millions, at most MAX_N. */
    static long scale(long probeN, double probeSeconds, double targetPlainSeconds) {
        double perIteration = probeSeconds / probeN;
        long n = Math.round(targetPlainSeconds / 2 / perIteration / 1e6) * 1_000_000L;
        return Math.max(1_000_000L, Math.min(SpeedJob.MAX_N, n));
    }
}
