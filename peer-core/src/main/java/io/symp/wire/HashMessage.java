package io.symp.wire;

/**
 * The sender's state hash at a past tick, for live divergence detection, with a digest of the
 * events at or before that tick (their count and an order-independent hash of their ids): the
 * hashes are compared only when the digests agree, so a legitimately late event never looks
 * like a divergence.
 */
public record HashMessage(long tick, long hash, long eventCount, long eventDigest) implements Message {
}
