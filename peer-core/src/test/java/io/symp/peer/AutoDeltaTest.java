package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AutoDeltaTest {
    private static final int FPS = 50;
    private static final int PRIOR = 25;

    /**
     * An estimator that has heard 20 origins, one event per second network-wide for two minutes,
     * each with a transit of {@code base} plus up to {@code spread} ticks (seeded).
     */
    private static AutoDelta measured(double budget, int base, int spread, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        AutoDelta auto = new AutoDelta(FPS, PRIOR, budget);
        for (long second = 1; second <= 120; second++) {
            long now = second * FPS;
            auto.taken(now);
            auto.transit(second % 20, base + (spread == 0 ? 0 : r.nextInt(spread + 1)), now);
            auto.update(now);
        }
        return auto;
    }

    @Test
    void shouldStampWithTheFixedDeltaWithoutABudget() {
        AutoDelta fixed = measured(0, 300, 0, 1);
        assertFalse(fixed.enabled());
        for (int i = 0; i < 10; i++) {
            assertEquals(PRIOR, fixed.nextDeltaTicks());
        }
        assertEquals(PRIOR, fixed.deltaTicks());
    }

    @Test
    void shouldCoverEveryTransitSeenUntilThereAreSamplesEnough() {
        AutoDelta auto = new AutoDelta(FPS, PRIOR, 0.01);
        assertEquals(PRIOR, auto.nextDeltaTicks(), "nothing measured: the prior");
        auto.transit(1, 10, 100);
        assertEquals(PRIOR, auto.nextDeltaTicks(), "a short transit does not lower the prior");
        auto.transit(2, 40, 101);
        auto.update(200);
        assertFalse(auto.ready());
        assertEquals(41, auto.nextDeltaTicks(), "a 40-tick transit is covered");
    }

    @Test
    void shouldCoverButNotKeepTheTransitsOfTheFirstSeconds() {
        AutoDelta auto = new AutoDelta(FPS, PRIOR, 0.02);
        auto.transit(5, 400, 50);
        assertEquals(401, auto.nextDeltaTicks(), "a start-up transit is covered at once");
        for (long second = 2; second <= 120; second++) {
            auto.taken(second * FPS);
            auto.transit(second % 20, 30, second * FPS);
            auto.update(second * FPS);
        }
        assertTrue(auto.ready());
        AutoDelta clean = measured(0.02, 30, 0, 1);
        assertEquals(clean.nextDeltaTicks(), auto.nextDeltaTicks(), "the 400-tick start-up transit is not kept");
    }

    @Test
    void shouldPickTheLeastDeltaWhoseCostIsWithinTheBudget() {
        // Every transit is 30 ticks: an event stamped Δ ahead costs each receiver 31 − Δ ticks.
        // One event a second (61 counted per minute) at 50 FPS within 2 %: cap = 0.02 · 50 / (61/60).
        AutoDelta auto = measured(0.02, 30, 0, 1);
        assertTrue(auto.ready());
        double cap = 0.02 * FPS / (61.0 / 60);
        assertEquals(cap, auto.capTicks(), 1e-9);
        assertEquals(31 - (int) Math.floor(cap), auto.nextDeltaTicks(), "the least Δ with 31 − Δ ≤ cap");
    }

    @Test
    void shouldSpendTheBudgetExactlyOnAverageAcrossWholeTicks() {
        AutoDelta auto = measured(0.02, 30, 0, 1);
        double cap = auto.capTicks();
        double spent = 0;
        int events = 1000;
        for (int i = 1; i <= events; i++) {
            spent += 31 - auto.nextDeltaTicks();
            assertTrue(spent <= i * cap + 1e-9, "never over budget, event " + i);
        }
        assertTrue(spent > events * cap - 1, "less than one tick's cost left unspent: " + spent + " of " + events * cap);
    }

    @Test
    void shouldNeverAskForALongerDeltaForALargerBudget() {
        for (long seed = 1; seed <= 10; seed++) {
            double previousMean = Double.MAX_VALUE;
            for (double budget : new double[] {0.001, 0.005, 0.01, 0.02, 0.05, 0.2}) {
                AutoDelta auto = measured(budget, 20, 30, seed);
                double sum = 0;
                for (int i = 0; i < 100; i++) {
                    sum += auto.nextDeltaTicks();
                }
                double mean = sum / 100;
                assertTrue(mean <= previousMean, "budget " + budget + ", seed " + seed);
                // Transits of 20-50 ticks, 5 or 6 per origin, each spread over 4 deviations / √n:
                // a deviation of values 30 apart is at most 15, so the spread reaches 27 ticks at most.
                assertTrue(mean >= 1 && mean <= 51 + 27, "within the samples' range and spread: " + mean);
                previousMean = mean;
            }
        }
    }

    @Test
    void shouldNeverStampLessThanOneTickAhead() {
        AutoDelta auto = measured(0.5, 0, 0, 1);
        for (int i = 0; i < 100; i++) {
            assertEquals(1, auto.nextDeltaTicks(), "transits of 0 ticks: Δ = 1 is never late");
        }
    }

    /**
     * An estimator that has heard {@code events} events, one a second in turn from 20 origins,
     * origin o's taking 20 + 2o ticks (after one at tick 0 that starts the warm-up).
     */
    private static AutoDelta heardInTurn(int events) {
        AutoDelta auto = new AutoDelta(FPS, PRIOR, 0.01);
        auto.transit(99, 20, 0);
        for (int i = 0; i < events; i++) {
            long now = (Limits.AUTO_DELTA_WARMUP_SECONDS + i) * FPS;
            auto.taken(now);
            auto.transit(i % 20, 20 + 2 * (i % 20), now);
            auto.update(now);
        }
        return auto;
    }

    @Test
    void shouldStampPastEveryTransitHeardWhileOriginsAreHeardOnceAndByTheirCostOnceHeardTwice() {
        assertFalse(heardInTurn(Limits.AUTO_DELTA_SAMPLES_MIN - 1).ready());
        AutoDelta early = heardInTurn(Limits.AUTO_DELTA_SAMPLES_MIN);
        assertTrue(early.ready());
        int longestHeard = 20 + 2 * (Limits.AUTO_DELTA_SAMPLES_MIN - 1);
        int earlyDelta = early.nextDeltaTicks();
        // Every origin heard once: all priced as unheard, one tick past the longest transit heard.
        assertEquals(longestHeard + 2 - (int) Math.floor(early.capTicks()), earlyDelta);
        assertTrue(earlyDelta > longestHeard, "late to none of those heard: " + earlyDelta);
        // Each origin heard twice, the same each time: no spread and no one unheard, so Δ is the
        // least whose mean excess over the origins plus its standard error is within the cap.
        AutoDelta late = heardInTurn(40);
        double cap = late.capTicks();
        int lateDelta = late.nextDeltaTicks();
        assertTrue(price(lateDelta) <= cap && price(lateDelta - 1) > cap, "Δ " + lateDelta + ", cap " + cap);
    }

    /**
     * The price of Δ with 20 origins at 20 + 2o ticks, each heard twice: the mean excess over
     * origins plus the standard error of a mean of 40 samples weighing 1/40 each, and never less
     * than for a longer Δ.
     */
    private static double price(int delta) {
        double bound = 0;
        for (int d = 200; d >= delta; d--) {
            double mean = 0;
            for (int o = 0; o < 20; o++) {
                mean += Math.max(0, 20 + 2 * o - d + 1) / 20.0;
            }
            double variance = 0;
            for (int o = 0; o < 20; o++) {
                variance += Math.pow(Math.max(0, 20 + 2 * o - d + 1) - mean, 2) / 20;
            }
            bound = Math.max(bound, mean + Math.sqrt(variance / 40));
        }
        return bound;
    }
}
