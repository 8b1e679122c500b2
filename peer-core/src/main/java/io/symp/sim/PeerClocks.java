package io.symp.sim;

import io.symp.clock.Clock;
import io.symp.clock.DriftingClock;
import java.util.SplittableRandom;

/**
 * Draws each simulated machine's clock over the shared virtual time: a drift uniform in
 * ±{@link SimFaults#clockDriftPpm()} and an offset uniform in ±{@link SimFaults#clockOffsetNanos()},
 * in peer order from their own stream of the seed. Every reading is shifted by the offset bound
 * so that no clock reads below zero (only the differences between clocks matter to a peer). A
 * peer keeps its machine's clock across restarts.
 */
final class PeerClocks {
    private final Clock base;
    private final SimFaults faults;
    private final SplittableRandom random;

    PeerClocks(Clock base, SimFaults faults, SplittableRandom random) {
        this.base = base;
        this.faults = faults;
        this.random = random;
    }

    /** The next machine's clock. */
    DriftingClock next() {
        long bound = faults.clockOffsetNanos();
        long offset = bound == 0 ? 0 : random.nextLong(-bound, bound + 1);
        long driftPpbMax = Math.round(faults.clockDriftPpm() * 1_000);
        long drift = driftPpbMax == 0 ? 0 : random.nextLong(-driftPpbMax, driftPpbMax + 1);
        return new DriftingClock(base, bound + offset, drift);
    }
}
