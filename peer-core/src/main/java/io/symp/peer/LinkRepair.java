package io.symp.peer;

import io.symp.timeline.VersionVector;

/**
 * Flow control of the repair sent to one neighbour: a budget of bytes per second of ticks
 * (a token bucket holding at most one second's worth; a large snapshot may run it into debt),
 * and what was sent it lately, so that repeated HAVEs draw each missing event once, not once
 * per HAVE. Forgotten when the link goes down.
 */
final class LinkRepair {
    private final long bytesPerSecond;
    private final int fps;
    private final long resendTicks;
    private long tokens;
    private long refilledAtTick;
    private long sentSinceTick;
    private VersionVector sentRecently = new VersionVector();
    /** held.count() when this peer last sent the neighbour a HAVE, or -1. */
    long haveSentAtCount = -1;
    /** HAVEs taken from the neighbour in the current second of the peer's clock, and when it began. */
    private int havesThisSecond;
    private long haveSecondStartNanos = Long.MIN_VALUE;
    /** The snapshot tick last sent, or -1: it is not sent again on this link. */
    long snapshotSentTick = -1;
    /** Whether the neighbour's last HAVE listed events this peer lacks (its repair is due). */
    boolean theyHoldMore;
    /** The HAVE (and its tick) whose answer the budget cut short, or null: the rest is owed. */
    VersionVector owed;
    long owedTick;
    /**
     * How many events the neighbour held by its first HAVE, when it listed any this peer lacked,
     * or -1: nothing on that HAVE was in flight on this link yet, so until this peer holds as many
     * it is owed history, however few events that is (a network started a second before it).
     */
    private long historyOwedCount = -1;
    private boolean haveReceived;
    /** The newest tick of an event this neighbour repaired (sent in answer to a HAVE), or 0. */
    long repairedUpToTick;
    /**
     * What this peer held when the link came up, or null once no event of it is ahead of the
     * neighbour's tick: those events never went out live on this link, so none is in flight to
     * it, however far ahead its tick is stamped ({@link #inFlightMaybe}).
     */
    private VersionVector heldAtLinkUp;
    private long heldAtLinkUpNewestTick;

    LinkRepair(long bytesPerSecond, int fps, long tick, VersionVector heldAtLinkUp, long heldAtLinkUpNewestTick) {
        this.heldAtLinkUp = heldAtLinkUp;
        this.heldAtLinkUpNewestTick = heldAtLinkUpNewestTick;
        this.bytesPerSecond = bytesPerSecond;
        this.fps = fps;
        this.resendTicks = (long) Limits.REPAIR_RESEND_SECONDS * fps;
        this.tokens = bytesPerSecond;
        this.refilledAtTick = tick;
        this.sentSinceTick = tick;
    }

    /** Adds the budget earned since the last refill and forgets old sends; at {@code tick}. */
    void refill(long tick) {
        long elapsed = tick - refilledAtTick;
        if (elapsed > 0) {
            tokens = Math.min(bytesPerSecond, tokens + elapsed * bytesPerSecond / fps);
            refilledAtTick = tick;
        }
        if (tick - sentSinceTick >= resendTicks) {
            sentRecently = new VersionVector();
            sentSinceTick = tick;
        }
    }

    /** Whether one more HAVE may be answered now: at most {@link Limits#HAVES_PER_LINK_PER_SECOND_MAX} a second. */
    boolean allowsHave(long nowNanos) {
        if (haveSecondStartNanos == Long.MIN_VALUE || nowNanos - haveSecondStartNanos >= 1_000_000_000L) {
            haveSecondStartNanos = nowNanos;
            havesThisSecond = 0;
        }
        return ++havesThisSecond <= Limits.HAVES_PER_LINK_PER_SECOND_MAX;
    }

    /**
     * Whether event (origin, seq) of {@code tick}, which the neighbour lacks at {@code theirTick},
     * may still be on its way to it: flooded on this link since it came up and stamped ahead of
     * the neighbour's tick. Before, an event stamped ahead that this peer held when a neighbour
     * linked was taken for one in flight, and sent only once its tick had passed: a rollback of
     * up to Δ plus a HAVE round at every join (LinkRepairTest).
     */
    boolean inFlightMaybe(long origin, long seq, long tick, long theirTick) {
        if (tick <= theirTick) {
            return false;
        }
        if (heldAtLinkUp != null && theirTick > heldAtLinkUpNewestTick) {
            heldAtLinkUp = null;
        }
        return heldAtLinkUp == null || !heldAtLinkUp.contains(origin, seq);
    }

    /** The neighbour's HAVE listing {@code theirCount} events, {@code lacking} some this peer lacks. */
    void haveReceived(boolean lacking, long theirCount) {
        if (!haveReceived && lacking) {
            historyOwedCount = theirCount;
        }
        haveReceived = true;
    }

    /** Whether this neighbour still owes this peer history, which now holds {@code heldCount} events. */
    boolean owesHistory(long heldCount) {
        if (historyOwedCount >= 0 && heldCount >= historyOwedCount) {
            historyOwedCount = -1;
        }
        return theyHoldMore || historyOwedCount >= 0;
    }

    boolean mayRepair() {
        return tokens > 0;
    }

    /** Whether (origin, seq) was sent lately (a HAVE sent before it arrived still lists it). */
    boolean sentRecently(long origin, long seq) {
        return sentRecently.contains(origin, seq);
    }

    VersionVector sentRecently() {
        return sentRecently;
    }

    void sent(long origin, long seq, int bytes) {
        sentRecently.add(origin, seq);
        tokens -= bytes;
    }

    /** Bytes of budget spent on something other than an event (a snapshot note, a query's replay). */
    void spent(int bytes) {
        tokens -= bytes;
    }

    void sentSnapshot(long tick, int bytes) {
        snapshotSentTick = tick;
        tokens -= bytes;
    }
}
