package io.symp.wire;

import io.symp.timeline.VersionVector;

/**
 * The whole state at {@code tick} (region with header) and the events it already contains
 * ({@code covered}): for a neighbour that lacks history the sender no longer keeps.
 */
public record SnapshotMessage(long tick, byte[] region, VersionVector covered) implements Message {
}
