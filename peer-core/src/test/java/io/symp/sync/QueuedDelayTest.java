package io.symp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The queueing estimate on one direction of an ordered link: SYNCs every 50–150 ms among other
 * frames (a Poisson stream), each frame's own trip normal, none delivered before the one ahead.
 */
class QueuedDelayTest {
    private static final double MS = 1e6;

    /**
     * Returns {mean of what the SYNCs seemed to take, mean after taking out the estimated wait,
     * the estimator's mean, the share of SYNCs that came right behind another frame}.
     */
    private static double[] run(long seed, double otherFramesPerSecond, int seconds) {
        SplittableRandom random = new SplittableRandom(seed);
        QueuedDelay q = new QueuedDelay(500);
        double nextSync = 0;
        double nextOther = otherFramesPerSecond > 0 ? -Math.log(1 - random.nextDouble()) / otherFramesPerSecond : 1e18;
        double lastArrival = Double.NEGATIVE_INFINITY;
        double seen = 0;
        double corrected = 0;
        int syncs = 0;
        int blocked = 0;
        while (Math.min(nextSync, nextOther) < seconds) {
            boolean sync = nextSync <= nextOther;
            double sent = sync ? nextSync : nextOther;
            double arrival = Math.max(sent + Math.max(0, 0.5 + 0.1 * random.nextGaussian()), lastArrival);
            boolean behind = arrival == lastArrival;
            lastArrival = arrival;
            if (sync) {
                double delay = (arrival - sent) * 1e9;
                double excess = q.excessNanos(delay, behind);
                if (sent > 60) { // after the first minute
                    seen += delay;
                    corrected += delay - excess;
                    syncs++;
                    blocked += behind ? 1 : 0;
                }
                nextSync += 0.05 + 0.1 * random.nextDouble();
            } else {
                nextOther += -Math.log(1 - random.nextDouble()) / otherFramesPerSecond;
            }
        }
        return new double[] {seen / syncs / MS, corrected / syncs / MS, q.meanNanos() / MS, (double) blocked / syncs};
    }

    @ParameterizedTest(name = "{0} other frames a second")
    @ValueSource(doubles = {0, 3, 10})
    void shouldFindTheTripsOwnMeanWhateverElseTheLinkCarries(double others) {
        double[] r = run(7, others, 600);
        assertTrue(r[0] > 515, "what SYNCs seemed to take includes their wait: " + r[0] + " ms");
        assertTrue(Math.abs(r[1] - 500) < 5, "without the wait: " + r[1] + " ms (their own trips: 500 ± 100)");
        assertTrue(Math.abs(r[2] - 500) < 10, "the estimator's mean: " + r[2] + " ms");
        assertTrue(r[3] > 0.25, "a quarter of the SYNCs or more came right behind another frame: " + r[3]);
    }

    @Test
    void shouldTellTheSameWhateverTheTrafficSoBothDirectionsAgree() {
        double quiet = run(11, 0, 600)[1];
        double busy = run(11, 10, 600)[1];
        assertTrue(Math.abs(quiet - busy) < 5, "one way " + quiet + " ms, the other " + busy + " ms");
        double[] raw = {run(11, 0, 600)[0], run(11, 10, 600)[0]};
        assertTrue(raw[1] - raw[0] > 5, "before the correction the busy side seemed slower: " + raw[0] + " and " + raw[1]);
    }

    @Test
    void shouldMatchTheInverseMillsRatio() {
        // φ(z)/Φ(z) at a few points (to 1e-6 from a table of the normal distribution).
        assertEquals(0.797885, QueuedDelay.inverseMillsBelow(0), 1e-5);
        assertEquals(1.525135, QueuedDelay.inverseMillsBelow(-1), 1e-5);
        assertEquals(0.287600, QueuedDelay.inverseMillsBelow(1), 1e-5);
        assertEquals(2.373216, QueuedDelay.inverseMillsBelow(-2), 1e-5);
        assertEquals(2.373216, QueuedDelay.inverseMillsBelow(-2 + 1e-12), 1e-5);
        assertEquals(5.186504, QueuedDelay.inverseMillsBelow(-5), 1e-5);
        assertTrue(QueuedDelay.inverseMillsBelow(-40) > 39, "no underflow far out");
    }
}
