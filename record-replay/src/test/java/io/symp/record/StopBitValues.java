package io.symp.record;

import java.util.SplittableRandom;

/** The values ChronicleBytesEvidenceTest has written, the same in its child JVM and in the test. */
final class StopBitValues {
    private StopBitValues() {}

    /** 2,000 seeded values, a quarter of them any long, the rest small; all non-negative if asked. */
    static long[] of(long seed, boolean nonNegative) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] values = new long[2_000];
        for (int i = 0; i < values.length; i++) {
            long v = r.nextInt(4) == 0 ? r.nextLong() : r.nextInt(-300, 300);
            values[i] = nonNegative ? v & Long.MAX_VALUE : v;
        }
        return values;
    }
}
