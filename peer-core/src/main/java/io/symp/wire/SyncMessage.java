package io.symp.wire;

/**
 * Clock sync, NTP style, between two neighbours. {@code networkNanos} is the sender's position
 * on the shared timeline when sent (ticks × tick length, fractions included);
 * {@code sentClockNanos} its own clock then; {@code echoClockNanos} the {@code sentClockNanos} of
 * the last SYNC it received on this link (0 if none) and {@code heldNanos} how long it held that
 * one. The receiver gets the round trip as (now − echo − held) and compensates the one-way delay.
 */
public record SyncMessage(long networkNanos, long sentClockNanos, long echoClockNanos, long heldNanos)
        implements Message {
}
