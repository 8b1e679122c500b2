package io.symp.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Liveness: once the faults stop and the network heals, the network goes on ticking (through
 * the second half of the liveness phase it gains at least half the ticks of that time), and
 * every peer holds its time and has caught up with it (within {@link SimOutcome#paceTicksMax()}
 * of the greatest tick) before the run ends.
 */
final class LivenessChecker implements SimChecker {
    @Override
    public void check(SimOutcome run, List<String> violations) {
        long gained = run.endTick() - run.healMidTick();
        long expected = run.healTicks() / 2;
        if (gained < expected / 2) {
            violations.add(String.format(Locale.ROOT, "network stalled: %d ticks gained in the last %d of the"
                    + " liveness phase (greatest tick %d)", gained, expected, run.endTick()));
        }
        List<Long> behind = new ArrayList<>();
        long slowest = run.endTick();
        for (SimPeer p : run.peers()) {
            if (p.peer().tick() < run.endTick() - run.paceTicksMax() || !p.peer().clockSynced()) {
                behind.add(p.id());
                slowest = Math.min(slowest, p.peer().tick());
            }
        }
        if (!behind.isEmpty()) {
            violations.add(String.format(Locale.ROOT, "not converged: peers %s still behind (or without the"
                    + " network's time) after %d ticks of healing (slowest at tick %d, the network at %d)",
                    EventsHeldChecker.abbreviated(behind), run.healTicks(), slowest, run.endTick()));
        }
    }
}
