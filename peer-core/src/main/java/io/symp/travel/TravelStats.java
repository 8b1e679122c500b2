package io.symp.travel;

/**
 * Counters of a time machine: ticks simulated live and again, and rollbacks with the ticks they
 * travelled back. {@code ticksTravelled / ticksLive} is the paper's metric (a), the recurrence
 * of time travel.
 */
public final class TravelStats {
    long ticksLive;
    long ticksResimulated;
    long rollbacks;
    long ticksTravelled;
    long maxDepth;
    long eventsApplied;
    long eventsLate;
    long eventsRefused;
    long eventsSkipped;

    /** Ticks simulated for the first time (the live timeline). */
    public long ticksLive() {
        return ticksLive;
    }

    /** Ticks simulated again after restoring a snapshot. */
    public long ticksResimulated() {
        return ticksResimulated;
    }

    public long rollbacks() {
        return rollbacks;
    }

    /** Sum over rollbacks of the ticks undone (now - late tick + 1). */
    public long ticksTravelled() {
        return ticksTravelled;
    }

    /** The deepest single rollback, in ticks. */
    public long maxDepth() {
        return maxDepth;
    }

    /** Events accepted into the timeline. */
    public long eventsApplied() {
        return eventsApplied;
    }

    /** Events that arrived after their tick had been simulated. */
    public long eventsLate() {
        return eventsLate;
    }

    /** Events refused because they were older than the oldest snapshot. */
    public long eventsRefused() {
        return eventsRefused;
    }

    /** Events skipped because their handler threw (the same on every peer). */
    public long eventsSkipped() {
        return eventsSkipped;
    }

    /** Rollback recurrence in percent: ticks travelled / live ticks. */
    public double rollbackPct() {
        return ticksLive == 0 ? 0 : 100.0 * ticksTravelled / ticksLive;
    }
}
