package io.symp.sim;

import io.symp.peer.Peer;

/**
 * Told of every run of every simulated peer: tools attach listeners here (recorders, fault
 * injection) without the simulator knowing them.
 */
public interface PeerObserver {
    /** A run of peer {@code id} starts ({@code incarnation} 0 first, then one per return). */
    void started(long id, int incarnation, Peer peer);

    /** That run ends (the peer went offline, or the simulation is over). */
    default void stopped(long id, int incarnation, Peer peer) {}
}
