package io.symp.cli;

import io.symp.net.NetworkPeer;
import io.symp.peer.Limits;

/**
 * Tells a peer that nobody will link with from one that is merely early: once no link has come
 * up for {@link Limits#UNLINKED_WAIT_SECONDS_MAX} seconds and links it dialled were refused
 * (another app build, session, tick rate or secret; not handshakes that timed out), or for
 * {@link Limits#SILENT_NEIGHBOURS_WAIT_SECONDS_MAX} seconds when every neighbour this peer dials
 * stayed silent, it gives the reason to stop with. A peer that only listens waits on, whoever
 * connects to it: a stranger cannot end its run, nor a loaded machine's slow handshakes. At
 * the end of a run, a peer that dialled and never linked has no hash worth printing.
 */
final class Unlinked {
    private final NetworkPeer peer;
    private final boolean dials;
    private final long startNanos = System.nanoTime();
    private boolean linked;
    /** Since when this joiner has had no neighbour holding the network's time (linked or not), or -1. */
    private long timelessSinceNanos = -1;

    Unlinked(NetworkPeer peer, boolean dials) {
        this.peer = peer;
        this.dials = dials;
    }

    /** Why to give up now, or null to wait on. */
    String givenUp() {
        int links = peer.call(() -> peer.peer().links().size());
        linked |= links > 0;
        long waitedSeconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        if (linked) {
            return timeless(links);
        }
        if (waitedSeconds < Limits.UNLINKED_WAIT_SECONDS_MAX) {
            return null;
        }
        if (peer.linkAttempts().refusals() > 0) {
            return reason(Limits.UNLINKED_WAIT_SECONDS_MAX + " s");
        }
        return waitedSeconds < Limits.SILENT_NEIGHBOURS_WAIT_SECONDS_MAX ? null
                : reason(Limits.SILENT_NEIGHBOURS_WAIT_SECONDS_MAX + " s");
    }

    /**
     * A joiner holds its simulation until a neighbour gives it the network's time: one whose
     * neighbours all left before any did, or whose neighbours hold no time themselves, would
     * wait at tick 0 for ever. Said after {@link Limits#UNLINKED_WAIT_SECONDS_MAX} seconds
     * alone, or {@link Limits#SILENT_NEIGHBOURS_WAIT_SECONDS_MAX} seconds linked.
     */
    private String timeless(int links) {
        if (!dials || peer.call(() -> peer.peer().clockSynced())) {
            timelessSinceNanos = -1;
            return null;
        }
        long now = System.nanoTime();
        if (timelessSinceNanos < 0) {
            timelessSinceNanos = now;
        }
        long seconds = (now - timelessSinceNanos) / 1_000_000_000L;
        if (links == 0 && seconds >= Limits.UNLINKED_WAIT_SECONDS_MAX) {
            return "no network time: every neighbour it linked with left before one gave it the network's time"
                    + " (none linked for " + Limits.UNLINKED_WAIT_SECONDS_MAX + " s)";
        }
        if (seconds >= Limits.SILENT_NEIGHBOURS_WAIT_SECONDS_MAX) {
            return "no network time in " + Limits.SILENT_NEIGHBOURS_WAIT_SECONDS_MAX + " s: none of its " + links
                    + " neighbours holds it (they are waiting to join too)";
        }
        return null;
    }

    /** Whether this peer has had a link at any time in the run. */
    boolean everLinked() {
        linked |= peer.call(() -> !peer.peer().links().isEmpty());
        return linked;
    }

    /**
     * At the end of a run: why its hash means nothing (a peer that dials but never linked ran
     * alone), or null.
     */
    String atEnd() {
        linked |= peer.call(() -> !peer.peer().links().isEmpty());
        return linked ? null : reason("the whole run");
    }

    private String reason(String span) {
        long refusals = peer.linkAttempts().refusals();
        if (refusals > 0) {
            String why = peer.linkAttempts().lastRefusal().replaceFirst("^refused( by the other side)?: ", "");
            return "no link in " + span + ": " + refusals + " refused, the latest"
                    + " because " + why + (why.contains(" app ") ? " (see --app and --app-path)" : "");
        }
        return dials ? "no link in " + span + ": no neighbour answered" : null;
    }
}
