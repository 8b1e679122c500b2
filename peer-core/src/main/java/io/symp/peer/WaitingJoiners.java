package io.symp.peer;

import java.util.Collection;

/**
 * Founds the network's time when nobody else will. A joiner (started to join others: it never
 * founds the time on its own clock) whose every neighbour is a joiner waiting too would hold at
 * tick 0 for ever: every peer of a network restarted at once with {@code --join}, or two peers
 * that list each other. Once every neighbour it dials is linked and every linked neighbour has
 * said, for {@link Limits#WAITING_JOINERS_FOUND_SECONDS}, that it holds no time, the lowest id
 * among this peer and them founds it, and the others take it from that one as from any time
 * source. Every peer applies the same rule to the same ids, so two neighbours never both found.
 *
 * <p>A neighbour it dials that does not answer may be the one holding the time (a peer away for
 * a moment, the far side of a partition): then it waits, as before, rather than found a second
 * time whose events would land far in the others' past (in the simulator's churn, founding
 * without that condition lost events). So a network restarted whole while one of the peers its
 * lowest id dials stays down still waits for that one. The transport says what it dials
 * ({@link Peer#dialsLinked}); the simulator's peers are not told, and never found this way.
 */
final class WaitingJoiners {
    private final long ownId;
    /** Since when every neighbour has been waiting too, or {@code Long.MIN_VALUE}: not now. */
    private long sinceNanos = Long.MIN_VALUE;

    WaitingJoiners(long ownId) {
        this.ownId = ownId;
    }

    /**
     * Whether this peer founds the time now.
     *
     * @param everyNeighbourWaits whether every neighbour it dials is linked, it has neighbours,
     *                            and each said it holds no time
     * @param neighbourIds        the ids of the peers it is linked with
     */
    boolean founds(long nowNanos, boolean everyNeighbourWaits, Collection<Long> neighbourIds) {
        if (!everyNeighbourWaits) {
            sinceNanos = Long.MIN_VALUE;
            return false;
        }
        if (sinceNanos == Long.MIN_VALUE) {
            sinceNanos = nowNanos;
        }
        if (nowNanos - sinceNanos < Limits.WAITING_JOINERS_FOUND_SECONDS * 1_000_000_000L) {
            return false;
        }
        for (long id : neighbourIds) {
            if (Long.compareUnsigned(id, ownId) < 0) {
                return false;
            }
        }
        return true;
    }
}
