package io.symp.sim;

import io.symp.app.Event;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * What the checkers read of a finished run: its peers (all online again), every event emitted,
 * the snapshots adopted, the crashes, and the reference timeline's hashes at the ticks that
 * matter (the common tick, and every adoption's).
 *
 * @param peers           the peers, in id order, each in its last run
 * @param emitted         every emitted event, in order of emission
 * @param emitters        who emitted each, in the same order
 * @param reusedIds       pairs of different events emitted under one (origin, seq)
 * @param adoptions       the snapshots adopted
 * @param forks           the forks the peers reported
 * @param crashes         what the peers threw, one line each
 * @param reference       the reference timeline's hash by tick
 * @param commonTick      the tick every peer has reached, where hashes are compared
 * @param healMidTick     the greatest tick of an online peer half-way through the liveness phase
 * @param endTick         the same at its end
 * @param healTicks       ticks of the liveness phase (faults over, the network healed)
 * @param paceTicksMax    how far behind the greatest tick a converged peer may be
 */
record SimOutcome(Collection<SimPeer> peers, List<Event> emitted, List<SimMetrics.Emitter> emitters,
                  List<Event[]> reusedIds, List<Adoption> adoptions, List<Forked> forks, List<String> crashes,
                  TreeMap<Long, Long> reference, long commonTick, long healMidTick, long endTick, long healTicks,
                  long paceTicksMax) {
    /** Peer {@code peerId} adopted a snapshot of {@code tick} whose state hashed to {@code hash}. */
    record Adoption(long peerId, int run, long tick, long hash, long ownEventsBefore) {}

    /** Peer {@code peerId} reported {@code fork}. */
    record Forked(long peerId, io.symp.peer.Fork fork) {}
}
