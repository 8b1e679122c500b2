package io.symp.wire;

/**
 * Clock sync, NTP style, between two neighbours. {@code networkNanos} is the sender's position
 * on the shared timeline when sent (ticks × tick length, fractions included);
 * {@code sentClockNanos} its own clock then; {@code echoClockNanos} the {@code sentClockNanos} of
 * the last SYNC it received on this link and {@code heldNanos} how long it held that one
 * ({@link #NO_ECHO} when it has received none). The receiver gets the round trip as
 * (now − echo − held) and compensates the one-way delay.
 */
public record SyncMessage(long networkNanos, long sentClockNanos, long echoClockNanos, long heldNanos)
        implements Message {
    /** {@code heldNanos} of a SYNC that echoes nothing (clock values may be any long). */
    public static final long NO_ECHO = -1;

    public boolean hasEcho() {
        return heldNanos >= 0;
    }
}
