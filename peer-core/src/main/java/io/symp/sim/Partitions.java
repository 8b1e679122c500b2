package io.symp.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which online peers can reach each other over open links (the parts of a partitioned
 * network), and the greatest tick each part has reached. Pace and recovery are measured against
 * the part a peer is in: two parts that cannot talk cannot agree on time, and a peer returning
 * into one cannot reach the other's ticks, whatever the protocol does. Recomputed lazily after
 * any link or peer change, visiting peers in id order (deterministic).
 */
final class Partitions {
    private final Collection<SimPeer> peers;
    private final List<long[]> maxTick = new ArrayList<>();
    private boolean stale = true;

    /** {@code peers} in id order; the collection is read again at each recomputation. */
    Partitions(Collection<SimPeer> peers) {
        this.peers = peers;
    }

    /** A link opened or closed, or a peer started or stopped. */
    void changed() {
        stale = true;
    }

    /** The greatest tick reached in {@code p}'s part so far. */
    long maxTick(SimPeer p) {
        refresh();
        return maxTick.get(p.part())[0];
    }

    /** {@code p} simulated {@code tick}. */
    void ticked(SimPeer p, long tick) {
        refresh();
        long[] max = maxTick.get(p.part());
        max[0] = Math.max(max[0], tick);
    }

    private void refresh() {
        if (!stale) {
            return;
        }
        stale = false;
        maxTick.clear();
        for (SimPeer p : peers) {
            p.part(-1);
        }
        ArrayDeque<SimPeer> queue = new ArrayDeque<>();
        for (SimPeer start : peers) {
            if (!start.isOnline() || start.part() >= 0) {
                continue;
            }
            int id = maxTick.size();
            long[] max = {Long.MIN_VALUE};
            maxTick.add(max);
            start.part(id);
            queue.add(start);
            while (!queue.isEmpty()) {
                SimPeer p = queue.poll();
                max[0] = Math.max(max[0], p.peer().tick());
                for (SimLink l : p.openLinks()) {
                    SimPeer other = l.remote();
                    if (other.isOnline() && other.part() < 0) {
                        other.part(id);
                        queue.add(other);
                    }
                }
            }
        }
    }
}
