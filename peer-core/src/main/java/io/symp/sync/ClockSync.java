package io.symp.sync;

import io.symp.wire.SyncMessage;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * Where this peer is on the shared timeline, in nanoseconds since tick 0, and how it keeps up
 * with the network: the network's time is the greatest any peer has reached, so a peer that
 * learns a neighbour is ahead moves its own time forward (the peer then simulates the ticks in
 * between, as fast as it can: time is never skipped, only caught up).
 *
 * <p>A SYNC's time is stale by the link's one-way delay when it arrives. This class measures
 * each link's round trip from the SYNCs themselves (NTP style) and adds half of it; it takes the
 * median of the last few estimates per link, so one delayed SYNC does not drag the clock ahead.
 * The reference implementation compensates nothing and acts only 25 ticks behind (PAPER.md).
 */
public final class ClockSync {
    private static final int SAMPLES = 5;
    private static final double RTT_GAIN = 0.125;

    private final long tickNanos;
    private final long adoptThresholdNanos;
    private final boolean compensate;
    private final TreeMap<Long, LinkClock> links = new TreeMap<>();
    private long epochClockNanos;
    private boolean synced;
    private long adjustments;
    private long adjustedNanosTotal;

    /**
     * @param startClockNanos the clock when this peer's tick 0 began
     * @param compensate      false for the paper's rule: no latency compensation, act only when
     *                        half a second (25 ticks at 50 FPS) behind
     */
    public ClockSync(long startClockNanos, long tickNanos, boolean compensate) {
        this.epochClockNanos = startClockNanos;
        this.tickNanos = tickNanos;
        this.compensate = compensate;
        this.adoptThresholdNanos = compensate ? tickNanos / 4 : 25 * tickNanos;
    }

    /** Position on the shared timeline at clock time {@code nowClockNanos}. */
    public long networkNanos(long nowClockNanos) {
        return nowClockNanos - epochClockNanos;
    }

    /** The tick this peer should have simulated by {@code nowClockNanos}. */
    public long tickAt(long nowClockNanos) {
        return Math.floorDiv(networkNanos(nowClockNanos), tickNanos);
    }

    /** Whether a neighbour's time has been learnt (with its round trip, when compensating). */
    public boolean synced() {
        return synced;
    }

    /** Times the clock was moved forward, and by how much in all. */
    public long adjustments() {
        return adjustments;
    }

    public long adjustedNanosTotal() {
        return adjustedNanosTotal;
    }

    /** The measured round trip to {@code peerId}, or -1 when unknown. */
    public long rttNanos(long peerId) {
        LinkClock c = links.get(peerId);
        return c == null || c.rttNanos < 0 ? -1 : (long) c.rttNanos;
    }

    /** Starts tracking a new link. */
    public void linkUp(long peerId) {
        links.put(peerId, new LinkClock());
    }

    public void linkDown(long peerId) {
        links.remove(peerId);
    }

    /** The SYNC to send to {@code peerId} now. */
    public SyncMessage outgoing(long peerId, long nowClockNanos) {
        LinkClock c = links.computeIfAbsent(peerId, p -> new LinkClock());
        long held = c.heardFrom ? nowClockNanos - c.lastReceivedAtClock : SyncMessage.NO_ECHO;
        return new SyncMessage(networkNanos(nowClockNanos), nowClockNanos, c.lastRemoteSentClock, held);
    }

    /**
     * Takes a neighbour's SYNC. Returns true when the caller should answer at once rather than
     * at the next round: the neighbour has nothing to measure its round trip with yet (no echo),
     * or this side just measured its first one (so the neighbour gets its first one too).
     */
    public boolean incoming(long peerId, SyncMessage m, long nowClockNanos) {
        LinkClock c = links.computeIfAbsent(peerId, p -> new LinkClock());
        c.heardFrom = true;
        c.lastRemoteSentClock = m.sentClockNanos();
        c.lastReceivedAtClock = nowClockNanos;
        boolean firstRtt = false;
        if (m.hasEcho()) {
            long rtt = Math.max(0, nowClockNanos - m.echoClockNanos() - m.heldNanos());
            firstRtt = c.rttNanos < 0;
            c.rttNanos = firstRtt ? rtt : c.rttNanos + RTT_GAIN * (rtt - c.rttNanos);
        }
        boolean answer = !m.hasEcho() || firstRtt;
        if (compensate && c.rttNanos < 0) {
            return answer;
        }
        long oneWay = compensate ? (long) (c.rttNanos / 2) : 0;
        long ahead = m.networkNanos() + oneWay - networkNanos(nowClockNanos);
        c.add(ahead);
        long estimate = synced && compensate ? c.median() : ahead;
        if (estimate > adoptThresholdNanos || (!synced && estimate > 0)) {
            moveForward(estimate);
        }
        synced = true;
        return answer;
    }

    private void moveForward(long nanos) {
        epochClockNanos -= nanos;
        adjustments++;
        adjustedNanosTotal += nanos;
        for (LinkClock c : links.values()) {
            c.shift(-nanos);
        }
    }

    /** What this peer knows of one neighbour's clock. */
    private static final class LinkClock {
        boolean heardFrom;
        long lastRemoteSentClock;
        long lastReceivedAtClock;
        double rttNanos = -1;
        final long[] aheadNanos = new long[SAMPLES];
        int count;
        int next;

        void add(long ahead) {
            aheadNanos[next] = ahead;
            next = (next + 1) % SAMPLES;
            count = Math.min(SAMPLES, count + 1);
        }

        void shift(long nanos) {
            for (int i = 0; i < count; i++) {
                aheadNanos[i] += nanos;
            }
        }

        long median() {
            long[] sorted = Arrays.copyOf(aheadNanos, count);
            Arrays.sort(sorted);
            return sorted[count / 2];
        }
    }
}
