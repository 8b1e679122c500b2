package io.symp.cli;

import io.symp.net.NetworkPeer;
import io.symp.peer.Limits;

/**
 * Tells a peer that nobody will link with from one that is merely early: once no link has come
 * up for {@link Limits#UNLINKED_WAIT_SECONDS_MAX} seconds and links were refused (another app
 * build, session, tick rate or secret), or for {@link Limits#SILENT_NEIGHBOURS_WAIT_SECONDS_MAX}
 * seconds when every neighbour this peer dials stayed silent, it
 * gives the reason to stop with. A peer that only listens and was never refused waits on. At
 * the end of a run, a peer that dialled and never linked has no hash worth printing.
 */
final class Unlinked {
    private final NetworkPeer peer;
    private final boolean dials;
    private final long startNanos = System.nanoTime();
    private boolean linked;

    Unlinked(NetworkPeer peer, boolean dials) {
        this.peer = peer;
        this.dials = dials;
    }

    /** Why to give up now, or null to wait on. */
    String givenUp() {
        linked |= peer.call(() -> !peer.peer().links().isEmpty());
        long waitedSeconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        if (linked || waitedSeconds < Limits.UNLINKED_WAIT_SECONDS_MAX) {
            return null;
        }
        if (peer.linkAttempts().refusals() > 0) {
            return reason(Limits.UNLINKED_WAIT_SECONDS_MAX + " s");
        }
        return waitedSeconds < Limits.SILENT_NEIGHBOURS_WAIT_SECONDS_MAX ? null
                : reason(Limits.SILENT_NEIGHBOURS_WAIT_SECONDS_MAX + " s");
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
