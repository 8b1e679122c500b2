package io.symp.wire;

/**
 * Clock sync between two neighbours. {@code networkNanos} is the sender's position on the
 * shared timeline when sent (ticks × tick length, fractions included); {@code sentClockNanos}
 * its own clock then. A bare request has {@code heldNanos} = {@link #NO_ECHO} and is answered at
 * once; any other SYNC echoes the {@code sentClockNanos} of one the sender received and says how
 * long it held it, so the receiver gets the round trip as (now − echo − held) and compensates
 * the one-way delay. symp's peers echo each neighbour's SYNCs in their own next ones (each an
 * answer and a request at once, see {@code ClockSync#outgoing}); the fields are unchanged.
 * {@code clockState} says how far the sender holds the network's time: {@link #UNSYNCED} (not
 * at all: a peer learns the time only from peers that hold it, so that restarted peers that
 * find only each other never found a second, bogus time), {@link #SYNCED} (learnt it, but from
 * a single noisy exchange: others may learn it from it, but do not follow its small leads) or
 * {@link #SETTLED} (founded it, or has averaged it over enough exchanges).
 * {@code echoQueuedNanos} (protocol version 7) is how long the echoed SYNC is reckoned to have
 * waited behind earlier frames on its way (0 when it came on its own; {@code QueuedDelay}), so
 * that the receiver can take it out of the round trip's outward half.
 */
public record SyncMessage(long networkNanos, long sentClockNanos, long echoClockNanos, long heldNanos,
                          int clockState, long echoQueuedNanos) implements Message {
    public static final int UNSYNCED = 0;
    public static final int SYNCED = 1;
    public static final int SETTLED = 2;

    /** {@code heldNanos} of a SYNC that echoes nothing (clock values may be any long). */
    public static final long NO_ECHO = -1;

    /** A SYNC without a queueing estimate for its echo (a bare request, or one that came on its own). */
    public SyncMessage(long networkNanos, long sentClockNanos, long echoClockNanos, long heldNanos, int clockState) {
        this(networkNanos, sentClockNanos, echoClockNanos, heldNanos, clockState, 0);
    }

    public boolean hasEcho() {
        return heldNanos >= 0;
    }
}
