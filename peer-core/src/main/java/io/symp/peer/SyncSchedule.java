package io.symp.peer;

import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * When this peer next asks each neighbour for its time (a SYNC request): every
 * {@code intervalTicks} on average ({@code Peer}: half the sync round, so twice the samples), or
 * every {@code quietIntervalTicks} on a quiet link ({@code ClockSync#quiet}: its offset is
 * known well enough), each link at its own random phase, drawn anew after each request (uniform
 * in ½–1½ intervals). Peers whose clocks agree tick together, so requests sent on the sync round
 * kept the same phase against the neighbour's own traffic for good, and with it the same FIFO
 * queueing: a bias of the link's offset estimate that no averaging removes (docs/EVALUATION.md,
 * "Clock agreement"). A quiet link that turns loud is asked again within half the loud interval
 * of its last request, not at the end of its quiet one. The draws are seeded, so a simulated run
 * stays reproducible.
 */
final class SyncSchedule {
    private final int intervalTicks;
    private final int quietIntervalTicks;
    private final SplittableRandom random;
    private final TreeMap<Long, Due> dues = new TreeMap<>();

    SyncSchedule(int intervalTicks, int quietIntervalTicks, long seed) {
        this.intervalTicks = intervalTicks;
        this.quietIntervalTicks = Math.max(intervalTicks, quietIntervalTicks);
        this.random = new SplittableRandom(seed);
    }

    /** A request was just sent on link {@code peerId} at {@code tick}, quiet or not: the next one's tick. */
    void sent(long peerId, long tick, boolean quiet) {
        int interval = quiet ? quietIntervalTicks : intervalTicks;
        int half = interval / 2;
        dues.put(peerId, new Due(tick, tick + interval - half + random.nextInt(2 * half + 1), quiet));
    }

    /**
     * Whether link {@code peerId}'s next request is due at {@code tick}, given whether it is
     * quiet now: also when it was drawn against a reference further ahead than any draw reaches
     * (a joiner's own clock, before it synced and its ticks became the network's).
     */
    boolean due(long peerId, long tick, boolean quiet) {
        Due d = dues.get(peerId);
        if (d == null || tick >= d.atTick || d.atTick - tick > 2L * (d.quiet ? quietIntervalTicks : intervalTicks)) {
            return true;
        }
        return d.quiet && !quiet && tick >= d.sentTick + intervalTicks / 2;
    }

    void linkDown(long peerId) {
        dues.remove(peerId);
    }

    /** One link's last request and its next. */
    private record Due(long sentTick, long atTick, boolean quiet) {}
}
