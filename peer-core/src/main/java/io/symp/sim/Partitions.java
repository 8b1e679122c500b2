package io.symp.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which online peers can reach each other over open links (the parts of a partitioned
 * network), and the greatest tick each part has reached. Pace and recovery are measured against
 * the part a peer is in: two parts that cannot talk cannot agree on time, and a peer returning
 * into one cannot reach the other's ticks, whatever the protocol does.
 *
 * <p>A link that opens merges two parts (the smaller relabelled into the larger: O(peers log
 * peers) over a run); a link that closes or a peer that stops may split one, so everything is
 * then recomputed lazily, visiting peers in id order. Either way a part's greatest tick is the
 * greatest tick any of its members has reached (ticks only grow while a peer runs), so the
 * figures do not depend on which path computed them.
 */
final class Partitions {
    private final Collection<SimPeer> peers;
    private final List<long[]> maxTick = new ArrayList<>();
    private final List<List<SimPeer>> members = new ArrayList<>();
    private boolean stale = true;

    /** {@code peers} in id order; the collection is read again at each recomputation. */
    Partitions(Collection<SimPeer> peers) {
        this.peers = peers;
    }

    /** A peer started: a part of its own until it links. */
    void started(SimPeer p) {
        if (stale) {
            return;
        }
        p.part(maxTick.size());
        maxTick.add(new long[] {p.peer().tick()});
        members.add(new ArrayList<>(List.of(p)));
    }

    /** A link closed, or a peer stopped. */
    void changed() {
        stale = true;
    }

    /** A link opened between two online peers: their parts become one. */
    void linked(SimPeer a, SimPeer b) {
        if (stale) {
            return;
        }
        if (!a.isOnline() || !b.isOnline() || a.part() < 0 || b.part() < 0) {
            stale = true;
            return;
        }
        int into = a.part();
        int from = b.part();
        if (into == from) {
            return;
        }
        if (members.get(into).size() < members.get(from).size()) {
            int t = into;
            into = from;
            from = t;
        }
        for (SimPeer p : members.get(from)) {
            p.part(into);
        }
        members.get(into).addAll(members.get(from));
        members.get(from).clear();
        maxTick.get(into)[0] = Math.max(maxTick.get(into)[0], maxTick.get(from)[0]);
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
        members.clear();
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
            List<SimPeer> part = new ArrayList<>();
            maxTick.add(max);
            members.add(part);
            start.part(id);
            queue.add(start);
            while (!queue.isEmpty()) {
                SimPeer p = queue.poll();
                part.add(p);
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
