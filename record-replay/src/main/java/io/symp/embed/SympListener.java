package io.symp.embed;

/**
 * What an embedded peer tells its program as it runs. Every method is called on the peer's own
 * thread and must return quickly (hand work to another thread); the defaults do nothing.
 */
public interface SympListener {
    /** A link to the neighbour {@code peerId} is up (handshake done, same app and session). */
    default void linkUp(long peerId) {}

    /** The link to {@code peerId} closed, and why. */
    default void linkDown(long peerId, String reason) {}

    /**
     * A late event made the peer travel back: from {@code fromTick} to {@code toTick} (the late
     * event's tick − 1), re-simulated up to {@code fromTick} again. States of those ticks that
     * the program has already shown were provisional.
     */
    default void rolledBack(long fromTick, long toTick) {}

    /**
     * At settled tick {@code tick} the neighbour {@code peerId} held the same events and another
     * state: a non-deterministic app, a different build or a corrupted peer. Both peers say so.
     */
    default void diverged(long tick, long ourHash, long theirHash, long peerId) {}
}
