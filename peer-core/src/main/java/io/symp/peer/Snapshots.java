package io.symp.peer;

import io.symp.travel.SnapshotRing;
import java.util.ArrayList;
import java.util.List;

/**
 * What a peer's snapshot history holds, copied out for tools (the REPL's {@code snapshots}).
 *
 * @param interval   K: ticks between snapshots
 * @param slots      snapshots kept
 * @param reachTicks how far back a late event can still be repaired
 * @param ticks      the ticks of the snapshots held, oldest first
 */
public record Snapshots(int interval, int slots, long reachTicks, List<Long> ticks) {
    public Snapshots {
        ticks = List.copyOf(ticks);
    }

    static Snapshots of(SnapshotRing ring) {
        List<Long> ticks = new ArrayList<>();
        long oldest = ring.oldestTick();
        for (long t = ring.newestTick(); t >= 0 && t >= oldest; t = ring.newestAtOrBefore(t - 1)) {
            ticks.add(0, t);
            if (t == 0) {
                break;
            }
        }
        return new Snapshots(ring.interval(), ring.slots(), ring.reachTicks(), ticks);
    }
}
