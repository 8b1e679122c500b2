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

    /** The pooled deviation of the samples around their own origin's mean. */
    private static double pooledDeviation(List<List<Integer>> byOrigin) {
        double squares = 0;
        int degrees = 0;
        for (List<Integer> samples : byOrigin) {
            double mean = samples.stream().mapToDouble(t -> t).average().orElseThrow();
            squares += samples.stream().mapToDouble(t -> (t - mean) * (t - mean)).sum();
            degrees += samples.size() - 1;
        }
        return degrees == 0 ? 0 : Math.sqrt(squares / degrees);
    }

    /**
     * Each sample as the points it is spread over, {transit, weight}: a normal of the pooled
     * deviation over √(its origin's count), cut at 4 deviations, each sample weighing
     * 1 / (origins × its origin's count).
     */
    private static List<double[]> spreadPoints(List<List<Integer>> byOrigin) {
        double deviation = pooledDeviation(byOrigin);
        List<double[]> points = new ArrayList<>();
        for (List<Integer> samples : byOrigin) {
            double h = deviation / Math.sqrt(samples.size());
            int reach = (int) Math.min(MAX / 2, Math.ceil(TransitCosts.SPREAD_REACH_DEVIATIONS * h));
            double total = 0;
            for (int j = -reach; j <= reach; j++) {
                total += reach == 0 ? 1 : Math.exp(-0.5 * j * j / (h * h));
            }
            for (int t : samples) {
                for (int j = -reach; j <= reach; j++) {
                    double k = reach == 0 ? 1 : Math.exp(-0.5 * j * j / (h * h));
                    points.add(new double[] {t + j, k / total / byOrigin.size() / samples.size()});
                }
            }
        }
        return points;
    }

    /** Mean excess over Δ − 1 of the spread samples. */
    private static double meanExcess(List<List<Integer>> byOrigin, int delta) {
        return pointsExcess(spreadPoints(byOrigin), delta);
    }

    private static double pointsExcess(List<double[]> points, int delta) {
        return points.stream().mapToDouble(p -> p[1] * Math.max(0, p[0] - delta + 1)).sum();
    }

    /** The mean excess plus the standard error of that weighted mean, point by point. */
    private static double upperBound(List<List<Integer>> byOrigin, List<double[]> points, int delta) {
        double mean = pointsExcess(points, delta);
        double variance = 0;
        for (double[] p : points) {
            double x = Math.max(0, p[0] - delta + 1);
            variance += p[1] * (x - mean) * (x - mean);
        }
        double squaredWeights = 0;
        for (List<Integer> samples : byOrigin) {
            squaredWeights += samples.size() * Math.pow(1.0 / byOrigin.size() / samples.size(), 2);
        }
        return mean + TransitCosts.CONFIDENCE_Z * Math.sqrt(variance * squaredWeights);
    }

    /** The definition of the price, for Δ = 1..MAX: that bound, never lower than for a longer Δ. */
    private static double[] bruteCosts(List<List<Integer>> byOrigin) {
        List<double[]> points = spreadPoints(byOrigin);
        double[] costs = new double[MAX + 1];
        double bound = 0;
        for (int d = MAX; d >= 1; d--) {
            bound = Math.max(bound, upperBound(byOrigin, points, d));
            costs[d] = bound;
        }
        return costs;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldPriceEveryDeltaAsTheMeanExcessPlusItsStandardError(long seed) {
        List<List<Integer>> samples = randomSamples(new SplittableRandom(seed));
        TransitCosts c = costsOf(samples);
        double[] brute = bruteCosts(samples);
        for (int delta = 1; delta <= 150; delta++) {
            assertEquals(brute[delta], c.costTicks(delta), 1e-9, "Δ " + delta + ", seed " + seed);
            assertTrue(c.costTicks(delta) >= meanExcess(samples, delta) - 1e-9, "never below the mean");
        }
    }

    @Test
    void shouldNarrowTheMarginAsSamplesAccumulate() {
        // Each origin's transits the same: nothing to spread, the margin is the standard error alone.
        List<List<Integer>> few = List.of(List.of(10, 10, 10, 10), List.of(45, 45, 45, 45));
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

    @Test
    void shouldSpreadASampleBeyondItselfByHowWellItsOriginIsKnown() {
        // Origin 1 varies by ±10 around 50, heard 64 times; origin 2 is at 100.
        List<Integer> varying = new ArrayList<>();
        for (int i = 0; i < Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN; i++) {
            varying.add(i % 2 == 0 ? 40 : 60);
        }
        TransitCosts once = costsOf(List.of(varying, List.of(100)));
        assertEquals(pooledDeviation(List.of(varying, List.of(100))), once.deviationTicks(), 1e-9);
        assertTrue(once.costTicks(102) > 0, "one sample says little of how far its origin's transits reach");
        List<Integer> again = java.util.Collections.nCopies(16, 100);
        TransitCosts often = costsOf(List.of(varying, again));
        assertTrue(often.deviationTicks() > 0.85 * once.deviationTicks(), "pooled mostly from origin 1");
        assertTrue(often.costTicks(102) < once.costTicks(102) / 4, "sixteen samples locate it four times "
                + "better: " + often.costTicks(102) + " against " + once.costTicks(102));
    }

    @Test
    void shouldPriceTheShareOfOriginsHeardOnceAsReceiversFartherThanAnyHeard() {
        // Four origins, all at 20 ticks: two heard once, two three times. Good–Turing: 2 of 8 samples.
        List<List<Integer>> samples =
                List.of(List.of(20), List.of(20), List.of(20, 20, 20), List.of(20, 20, 20));
        TransitCosts c = costsOf(samples);
        assertEquals(2, c.recentOnce());
        double[] heard = bruteCosts(samples);
        c.priceUnheard(0);
        for (int delta = 1; delta <= 40; delta++) {
            double unheard = Math.max(0, 21 - delta + 1);
            assertEquals(0.75 * heard[delta] + 0.25 * unheard, c.costTicks(delta), 1e-9, "Δ " + delta);
        }
        // Δ 21: the heard cost nothing, the unheard one tick a quarter of the time; Δ 20: 1.25 ticks.
        assertEquals(21, c.leastDelta(0.5));
        TransitCosts floored = costsOf(samples);
        floored.priceUnheard(40);
        assertEquals(0.25 * 20, floored.costTicks(21), 1e-9, "a floor longer than every transit heard prices them");
    }

    @Test
    void shouldLeaveThePriceAloneOnceEveryOriginIsHeardTwice() {
        List<List<Integer>> samples = List.of(List.of(20, 30), List.of(60, 64, 70), List.of(5, 9));
        TransitCosts c = costsOf(samples);
        double[] before = new double[MAX + 1];
        for (int delta = 1; delta <= MAX; delta++) {
            before[delta] = c.costTicks(delta);
        }
        c.priceUnheard(400);
        assertEquals(0, c.recentOnce());
        for (int delta = 1; delta <= MAX; delta++) {
            assertEquals(before[delta], c.costTicks(delta), 0, "Δ " + delta);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldChooseTheLeastDeltaWithinTheCapAndNeverMoreForALargerCap(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<Integer>> samples = randomSamples(r);
        TransitCosts c = costsOf(samples);
        double[] brute = bruteCosts(samples);
        int previous = Integer.MAX_VALUE;
        for (double cap = 0; cap < 40; cap += r.nextDouble(0.05, 2)) {
            int delta = c.leastDelta(cap);
            assertTrue(brute[delta] <= cap + 1e-9, "within the cap " + cap + "; seed " + seed);
            assertTrue(delta == 1 || brute[delta - 1] > cap, "the least such Δ; seed " + seed);
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
        assertEquals(bruteCosts(List.of(List.of(300), nCopies(30), nCopies(30)))[21], c.costTicks(21), 1e-9);
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
