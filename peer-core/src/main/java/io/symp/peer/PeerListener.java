package io.symp.peer;

import io.symp.app.Event;
import io.symp.travel.TravelListener;

/**
 * Everything a peer reports as it runs: live ticks and rollbacks (from {@link TravelListener}),
 * events taken or refused, links, and divergences. Recorders, metrics and the REPL listen here.
 * Called on the peer's thread; must not block.
 */
public interface PeerListener extends TravelListener {
    /** An event entered the timeline while the peer was at {@code atTick}. */
    default void eventAccepted(Event event, long atTick, boolean late) {}

    /** An event could not be taken, and why (too old, rate limit, invalid). */
    default void eventRefused(Event event, String reason) {}

    default void linkUp(Link link) {}

    default void linkDown(Link link, String reason) {}

    /** A neighbour's hash of a settled tick differs from ours. */
    default void divergence(long tick, long ourHash, long theirHash, Link link) {}

    /** The peer adopted a snapshot from a neighbour at {@code tick} (it lacked older history). */
    default void snapshotAdopted(long tick) {}

    /** Events that can no longer be applied by every peer (see {@link Fork}); reported, never hidden. */
    default void fork(Fork fork) {}

    /**
     * An origin signed two different events under one seq (see {@link Equivocation}): reported
     * once per (origin, seq); the version applied is the same on every peer.
     */
    default void equivocation(Equivocation equivocation) {}
}
