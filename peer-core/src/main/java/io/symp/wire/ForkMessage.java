package io.symp.wire;

/**
 * Events ({@code origin}, seqs {@code fromSeq..toSeq}) that a peer found can no longer be
 * applied by every peer (their history was folded without them): flooded once, so that every
 * peer reports the same fork by name, including those that never met the events themselves.
 *
 * @param tick the event's tick, 0 when unknown (a folded range)
 */
public record ForkMessage(long origin, long fromSeq, long toSeq, long tick) implements Message {
    public ForkMessage {
        if (fromSeq < 1 || toSeq < fromSeq || tick < 0) {
            throw new IllegalArgumentException("fork seqs " + fromSeq + ".." + toSeq + " at tick " + tick);
        }
    }
}
