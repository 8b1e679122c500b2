package io.symp.check;

import io.symp.app.AppInfo;
import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.travel.TimeMachine;
import io.symp.travel.TravelListener;
import java.util.SplittableRandom;

/**
 * Sync-test: after every live tick, travel back a random depth (1 to N ticks), re-simulate, and
 * compare every re-simulated state with the one first computed; also restore the snapshot the
 * journey started from and check it hashes as it did when taken. The first difference is an
 * application that is not deterministic: reported with its tick and the fields that differ.
 *
 * <p>Stronger than a fixed-depth check: random depths cross snapshot boundaries and reach
 * events at every distance. Costs O(K + N) per tick, so it is a test mode.
 */
public final class SyncTest implements TravelListener {
    private final TimeMachine machine;
    private final AppInfo info;
    private final int depthMax;
    private final SplittableRandom random;
    private final State[] firstStates;
    private final long[] firstTicks;
    private final State scratch;
    private long validFrom;
    private long checks;
    private NonDeterminism found;

    public SyncTest(TimeMachine machine, int depthMax, long seed) {
        if (depthMax < 1) {
            throw new IllegalArgumentException("sync-test depth must be >= 1, got " + depthMax);
        }
        this.machine = machine;
        this.info = machine.app().info();
        this.depthMax = depthMax;
        this.random = new SplittableRandom(seed);
        this.firstStates = new State[depthMax + 1];
        this.firstTicks = new long[depthMax + 1];
        for (int i = 0; i <= depthMax; i++) {
            firstStates[i] = new State(info.stateSize());
            firstTicks[i] = -1;
        }
        this.scratch = new State(info.stateSize());
        this.validFrom = machine.tick() + 1;
    }

    /** The first non-determinism found, or null. */
    public NonDeterminism found() {
        return found;
    }

    /** Ticks checked so far. */
    public long checks() {
        return checks;
    }

    @Override
    public void ticked(long tick, StateView state) {
        int slot = (int) (tick % firstStates.length);
        firstStates[slot].copyFrom(machine.state());
        firstTicks[slot] = tick;
        if (found != null) {
            return;
        }
        long depth = 1 + random.nextInt((int) Math.min(depthMax, Math.max(1, tick)));
        long from = Math.max(validFrom, tick - depth);
        if (from > tick) {
            return;
        }
        checkSnapshot(machine.snapshots().newestAtOrBefore(from));
        machine.replay(from, tick, scratch, (t, again) -> compare(t, tick - t, again));
        checks++;
    }

    @Override
    public void travelled(long fromTick, long toTick, long snapshotTick) {
        // States first computed before a late event are not what the repaired timeline gives.
        validFrom = fromTick + 1;
    }

    private boolean compare(long tick, long depth, State again) {
        int slot = (int) (tick % firstStates.length);
        if (firstTicks[slot] != tick) {
            return true;
        }
        State first = firstStates[slot];
        if (java.util.Arrays.equals(first.region(), again.region())) {
            return true;
        }
        found = new NonDeterminism(tick, depth, first.hash(), again.hash(), StateDiff.between(info, first, again));
        return false;
    }

    private void checkSnapshot(long snapshotTick) {
        if (snapshotTick < 0) {
            return;
        }
        byte[] taken = machine.snapshots().bytes(snapshotTick);
        machine.snapshots().restore(snapshotTick, scratch);
        if (!java.util.Arrays.equals(taken, scratch.region()) && found == null) {
            found = new NonDeterminism(snapshotTick, 0, io.symp.hash.StateHash.of(taken), scratch.hash(),
                    java.util.List.of(new StateDiff.Difference("snapshot", 0, taken.length, "taken", "restored differs")));
        }
    }
}
