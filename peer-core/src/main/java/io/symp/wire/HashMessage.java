package io.symp.wire;

/** The sender's state hash at a settled tick, for live divergence detection. */
public record HashMessage(long tick, long hash) implements Message {
}
