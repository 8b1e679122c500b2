package io.symp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-link offset and drift fit: samples of a neighbour's clock offset that drifts at a
 * constant rate, each off by 70 ms of normal noise (one SYNC at 500 ± 100 ms links), ten a
 * second as SYNCs come.
 */
class LinkOffsetTest {
    private static final double NOISE_NANOS = 70e6;

    /** The estimate's error after {@code seconds} of samples from a clock drifting {@code ppm}. */
    private static double errorNanos(long seed, double ppm, int seconds) {
        SplittableRandom random = new SplittableRandom(seed);
        LinkOffset fit = new LinkOffset(1000, 4000);
        double offset0 = 5e9 * random.nextDouble();
        long clock = 77_000_000_000L;
        for (int i = 0; i < seconds * 10; i++) {
            clock += 100_000_000L;
            double truth = offset0 + ppm * 1e3 * (clock - 77_000_000_000L) / 1e9;
            fit.add(clock, truth + NOISE_NANOS * random.nextGaussian());
        }
        double truth = offset0 + ppm * 1e3 * (clock - 77_000_000_000L) / 1e9;
        return fit.offsetNanos(clock, NOISE_NANOS) - truth;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void shouldTrackADriftingClockWithoutLag(long seed) {
        // 400 ppm (two clocks ±200 ppm apart) is 40 ms over the 100 s offset window: a mean alone
        // would lag by half of it. The fit stays within a few ms, as the noise allows.
        for (double ppm : new double[] {-400, 0, 400}) {
            double error = errorNanos(seed, ppm, 300);
            assertTrue(Math.abs(error) < 8e6, "error " + error / 1e6 + " ms at " + ppm + " ppm");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldEstimateTheRate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LinkOffset fit = new LinkOffset(1000, 4000);
        long clock = 0;
        for (int i = 0; i < 3000; i++) {
            clock += 100_000_000L;
            fit.add(clock, 300e3 * clock / 1e9 + NOISE_NANOS * random.nextGaussian());
        }
        // 300 ppm, from 5 minutes of samples: the slope's standard error is about 15 ppm.
        assertEquals(300e3, fit.rateNanosPerSecond(NOISE_NANOS), 60e3);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldAverageTheNoiseDownWhenTheClocksDoNotDrift(long seed) {
        // 70 ms per sample over the 1000-sample window: about 2 ms (3 ms with the rate's share).
        double rms = 0;
        for (int k = 0; k < 20; k++) {
            double e = errorNanos(seed * 100 + k, 0, 300);
            rms += e * e / 20;
        }
        assertTrue(Math.sqrt(rms) < 4e6, "rms " + Math.sqrt(rms) / 1e6 + " ms");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void shouldKeepTheFirstEstimatesSane(long seed) {
        // Ten samples over one second: the prior keeps the rate from extrapolating noise.
        double error = errorNanos(seed, 0, 1);
        assertTrue(Math.abs(error) < 3 * NOISE_NANOS, "error " + error / 1e6 + " ms");
        assertTrue(Double.isNaN(new LinkOffset(10, 40).offsetNanos(0, NOISE_NANOS)));
    }
}
