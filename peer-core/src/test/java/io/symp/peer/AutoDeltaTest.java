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
                assertTrue(mean >= 1 && mean <= 51, "within the samples' range: " + mean);
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
}
