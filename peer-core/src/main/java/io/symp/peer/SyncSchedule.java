package io.symp.peer;

import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * When this peer next asks each neighbour for its time (a SYNC request): every
 * {@code intervalTicks} on average ({@code Peer}: half the sync round, so twice the samples),
 * each link at its own random phase, drawn anew after each request (uniform in ½–1½
 * intervals). Peers whose clocks agree tick together, so requests sent on the sync round kept
 * the same phase against the neighbour's own traffic for good, and with it the same FIFO
 * queueing: a bias of the link's offset estimate that no averaging removes (docs/EVALUATION.md,
 * "Clock agreement"). HASH and HAVE stay on the round. The draws are seeded, so a simulated
 * run stays reproducible.
 */
final class SyncSchedule {
    private final int intervalTicks;
    private final SplittableRandom random;
    private final TreeMap<Long, Long> dueTicks = new TreeMap<>();

    SyncSchedule(int intervalTicks, long seed) {
        this.intervalTicks = intervalTicks;
        this.random = new SplittableRandom(seed);
    }

    /** A request was just sent on link {@code peerId} at {@code tick}: the next one's tick. */
    void sent(long peerId, long tick) {
        int half = intervalTicks / 2;
        dueTicks.put(peerId, tick + intervalTicks - half + random.nextInt(2 * half + 1));
    }

    /**
     * Whether link {@code peerId}'s next request is due at {@code tick}: also when it was drawn
     * against a reference further ahead than any draw reaches (a joiner's own clock, before it
     * synced and its ticks became the network's).
     */
    boolean due(long peerId, long tick) {
        Long at = dueTicks.get(peerId);
        return at == null || tick >= at || at - tick > 2L * intervalTicks;
    }

    void linkDown(long peerId) {
        dueTicks.remove(peerId);
    }
}
