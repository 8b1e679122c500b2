package io.symp.peer;

import io.symp.app.Event;

/**
 * Events that cannot be applied by every peer: history they belong to has been folded into a
 * snapshot without them, so the peers that hold them and the peers whose snapshot lacks them
 * can no longer agree. Every peer that meets such an event reports it with the same
 * {@link #events()} and origin; nothing is swapped or dropped in silence.
 *
 * @param origin  the peer (origin) that emitted them
 * @param fromSeq the first of its seqs concerned
 * @param toSeq   the last (equal to {@code fromSeq} for one event)
 * @param tick    the tick of the event, 0 for a range folded away (its ticks are unknown here)
 * @param reason  why this peer cannot apply them, for the log
 */
public record Fork(long origin, long fromSeq, long toSeq, long tick, String reason) {
    /** One event, by name. */
    static Fork of(Event e, String reason) {
        return new Fork(e.origin(), e.seq(), e.seq(), e.tick(), reason);
    }

    /** How many events. */
    public long count() {
        return toSeq - fromSeq + 1;
    }

    /** {@code origin:seq} or {@code origin:from..to}, origin in hex: the same on every peer. */
    public String events() {
        return Long.toHexString(origin) + ":" + (fromSeq == toSeq ? Long.toString(fromSeq) : fromSeq + ".." + toSeq);
    }

    /** The log line, the same on every peer up to the reason. */
    public String describe() {
        return "FORK: event " + events() + " of peer " + Long.toHexString(origin)
                + (tick > 0 ? " at tick " + tick : "") + " cannot be applied by every peer: " + reason;
    }
}
