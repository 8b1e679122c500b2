package io.symp.wire;

/**
 * Clock sync between two neighbours. {@code networkNanos} is the sender's position on the
 * shared timeline when sent (ticks × tick length, fractions included); {@code sentClockNanos}
 * its own clock then. A request has {@code heldNanos} = {@link #NO_ECHO}; the reply, sent at
 * once, echoes the request's {@code sentClockNanos} and says how long it was held, so the
 * requester gets the round trip as (now − echo − held) and compensates the one-way delay.
 */
public record SyncMessage(long networkNanos, long sentClockNanos, long echoClockNanos, long heldNanos)
        implements Message {
    /** {@code heldNanos} of a SYNC that echoes nothing (clock values may be any long). */
    public static final long NO_ECHO = -1;

    public boolean hasEcho() {
        return heldNanos >= 0;
    }
}
