package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TransitCostsTest {
    private static final int MAX = 500;
    private static final long WINDOW = 6000;

    static LongStream seeds() {
        return LongStream.range(1, 51);
    }

    /** Samples per origin: a few origins, each with its own mean transit and spread. */
    private static List<List<Integer>> randomSamples(SplittableRandom r) {
        List<List<Integer>> byOrigin = new ArrayList<>();
        for (int o = r.nextInt(1, 8); o > 0; o--) {
            int mean = r.nextInt(-5, 80);
            List<Integer> samples = new ArrayList<>();
            for (int n = r.nextInt(1, 30); n > 0; n--) {
                samples.add(mean + r.nextInt(-10, 40));
            }
            byOrigin.add(samples);
        }
        return byOrigin;
    }

    private static TransitCosts costsOf(List<List<Integer>> byOrigin) {
        TransitCosts c = new TransitCosts(MAX, WINDOW);
        for (int o = 0; o < byOrigin.size(); o++) {
            for (int transit : byOrigin.get(o)) {
                c.add(o, transit, 0);
            }
        }
        c.refresh(0);
        return c;
    }

    /** Mean over origins of the mean excess over Δ − 1: each sample weighs 1 / (origins × its origin's count). */
    private static double meanExcess(List<List<Integer>> byOrigin, int delta) {
        double total = 0;
        for (List<Integer> samples : byOrigin) {
            total += samples.stream().mapToDouble(t -> Math.max(0, t - delta + 1)).average().orElseThrow();
        }
        return total / byOrigin.size();
    }

    /** The mean excess plus the standard error of that weighted mean, sample by sample. */
    private static double upperBound(List<List<Integer>> byOrigin, int delta) {
        double mean = meanExcess(byOrigin, delta);
        double variance = 0;
        double squaredWeights = 0;
        for (List<Integer> samples : byOrigin) {
            double w = 1.0 / byOrigin.size() / samples.size();
            for (int t : samples) {
                double x = Math.max(0, t - delta + 1);
                variance += w * (x - mean) * (x - mean);
                squaredWeights += w * w;
            }
        }
        return mean + TransitCosts.CONFIDENCE_Z * Math.sqrt(variance * squaredWeights);
    }

    /** The definition of the price: that bound, never lower than for a longer Δ. */
    private static double bruteCost(List<List<Integer>> byOrigin, int delta) {
        double bound = 0;
        for (int d = MAX; d >= delta; d--) {
            bound = Math.max(bound, upperBound(byOrigin, d));
        }
        return bound;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldPriceEveryDeltaAsTheMeanExcessPlusItsStandardError(long seed) {
        List<List<Integer>> samples = randomSamples(new SplittableRandom(seed));
        TransitCosts c = costsOf(samples);
        for (int delta = 1; delta <= 150; delta++) {
            assertEquals(bruteCost(samples, delta), c.costTicks(delta), 1e-9, "Δ " + delta + ", seed " + seed);
            assertTrue(c.costTicks(delta) >= meanExcess(samples, delta) - 1e-9, "never below the mean");
        }
    }

    @Test
    void shouldNarrowTheMarginAsSamplesAccumulate() {
        List<List<Integer>> few = List.of(List.of(10, 20, 30, 40), List.of(15, 25, 35, 45));
        List<List<Integer>> many = new ArrayList<>();
        for (int o = 0; o < 2; o++) {
            List<Integer> samples = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                samples.addAll(few.get(o));
            }
            many.add(samples);
        }
        double margin = costsOf(few).costTicks(25) - meanExcess(few, 25);
        double narrower = costsOf(many).costTicks(25) - meanExcess(many, 25);
        assertEquals(meanExcess(few, 25), meanExcess(many, 25), 1e-12, "the same distribution");
        assertEquals(margin / 4, narrower, 1e-9, "sixteen times the samples: a quarter of the margin");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldChooseTheLeastDeltaWithinTheCapAndNeverMoreForALargerCap(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<Integer>> samples = randomSamples(r);
        TransitCosts c = costsOf(samples);
        int previous = Integer.MAX_VALUE;
        for (double cap = 0; cap < 40; cap += r.nextDouble(0.05, 2)) {
            int delta = c.leastDelta(cap);
            assertTrue(bruteCost(samples, delta) <= cap + 1e-9, "within the cap " + cap + "; seed " + seed);
            assertTrue(delta == 1 || bruteCost(samples, delta - 1) > cap, "the least such Δ; seed " + seed);
            assertTrue(delta <= previous, "a larger budget never asks for a longer Δ; seed " + seed);
            previous = delta;
        }
    }

    @Test
    void shouldChooseTheLongestDeltaWhenNoneIsWithinTheCap() {
        TransitCosts c = new TransitCosts(MAX, WINDOW);
        c.add(1, 10 * MAX, 0);
        assertEquals(2 * MAX, c.add(2, 10 * MAX, 0), "a sample is clamped to twice the longest Δ");
        c.refresh(0);
        assertEquals(MAX, c.leastDelta(0.5));
        assertEquals(2L * MAX, c.recentMaxTransit());
    }

    @Test
    void shouldForgetAnOriginsOldestSamplesFirst() {
        TransitCosts c = new TransitCosts(MAX, WINDOW);
        for (int i = 0; i < Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN; i++) {
            c.add(7, 100, i);
        }
        for (int i = 0; i < Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN; i++) {
            c.add(7, 10, 100 + i);
        }
        c.refresh(200);
        assertEquals(1, c.costTicks(10), 1e-12, "only the ten-tick transits are left");
        assertEquals(0, c.costTicks(11), 1e-12);
        assertEquals(Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN, c.recentSamples());
    }

    @Test
    void shouldMakeRoomByDroppingTheOriginHeardFromLongestAgo() {
        TransitCosts c = new TransitCosts(MAX, WINDOW);
        c.add(-1, 400, 0);
        for (int o = 0; o < Limits.AUTO_DELTA_ORIGINS_MAX; o++) {
            c.add(o, 5, 1 + o);
        }
        c.refresh(Limits.AUTO_DELTA_ORIGINS_MAX);
        assertEquals(Limits.AUTO_DELTA_ORIGINS_MAX, c.recentOrigins());
        assertEquals(0, c.costTicks(6), 1e-12, "the 400-tick origin, the stalest, is gone");
    }

    @Test
    void shouldCountOnlyTheSamplesOfTheWindow() {
        TransitCosts c = new TransitCosts(MAX, WINDOW);
        c.add(1, 300, 100);
        for (int i = 0; i < Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN; i++) {
            c.add(2, 30, WINDOW + i);
            c.add(3, 30, WINDOW + i);
        }
        c.refresh(WINDOW + 99);
        assertEquals(1 + 2 * Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN, c.recentSamples());
        assertEquals(bruteCost(List.of(List.of(300), nCopies(30), nCopies(30)), 21), c.costTicks(21), 1e-9);
        c.refresh(WINDOW + 101);
        assertEquals(2 * Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN, c.recentSamples(), "tick 100 has left the window");
        assertEquals(2, c.recentOrigins());
        assertEquals(30, c.recentMaxTransit());
        assertEquals(10, c.costTicks(21), 1e-9, "the same 30 ticks from both: no spread, no margin");
    }

    private static List<Integer> nCopies(int transit) {
        return java.util.Collections.nCopies(Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN, transit);
    }

    @Test
    void shouldReachBackFurtherThanTheWindowToHoldTheNewestSamplesAtLowRates() {
        TransitCosts c = new TransitCosts(MAX, WINDOW);
        int n = Limits.AUTO_DELTA_SAMPLES_RECENT_MIN;
        for (int i = 0; i < n; i++) {
            c.add(i % 2, 40, 10L * WINDOW * i);
        }
        c.refresh(10L * WINDOW * n);
        assertEquals(n, c.recentSamples(), "one sample per ten windows: all of the newest kept");
        c.add(0, 40, 10L * WINDOW * n);
        c.refresh(10L * WINDOW * n);
        assertEquals(n, c.recentSamples(), "one more: the oldest leaves");
    }
}
