package io.symp.cli;

import io.symp.core.UserError;
import io.symp.peer.Limits;

/**
 * The flags of a live peer ({@code symp peer}, {@code symp repl}), checked before it starts:
 * one rule per message, and addresses resolved, so nothing fails once the peer is running.
 */
final class PeerFlags {
    /**
     * The most a random workload may offer per minute: four times the per-origin limit every
     * receiver enforces, so that the limit itself can be exercised (scripts/overload-line.sh
     * offers twice it); the peer stamps at most the limit and refuses the rest, with one warning.
     */
    static final double EMIT_PER_MINUTE_MAX = 4 * Limits.ORIGIN_EVENTS_PER_SECOND_MAX * 60.0;

    private PeerFlags() {}

    static void check(PeerOptions o) {
        Checks.within("--fps", o.fps, 1, Limits.FPS_MAX);
        Checks.within("--sync-test", o.syncTest, 0, Limits.SYNC_TEST_DEPTH_MAX);
        if (!o.delta.auto()) {
            Checks.positiveNanos("--delta", o.delta.nanos());
        }
        if (o.secretFile != null) {
            Inputs.readable(o.secretFile.toPath(), "--secret-file");
        }
    }

    /** {@code --listen}: its host resolves; port 0 means any free port. */
    static PeerOptions.HostPort listen(String text) {
        PeerOptions.HostPort hp = PeerOptions.hostPort(text, "127.0.0.1");
        Inputs.resolvable(hp.host(), "--listen", text);
        return hp;
    }

    /** {@code --join}: a port to dial (1..65535) on a host that resolves. */
    static PeerOptions.HostPort join(String text) {
        PeerOptions.HostPort hp = PeerOptions.hostPort(text, "127.0.0.1");
        if (hp.port() == 0) {
            throw new UserError("--join " + text + ": port 0 cannot be dialled (1..65535)");
        }
        Inputs.resolvable(hp.host(), "--join", text);
        return hp;
    }

    static void checkPeer(PeerCommand c) {
        check(c.options);
        if (c.as != null && c.topology == null) {
            throw new UserError("--as needs --topology FILE");
        }
        if (c.untilTick != null) {
            Checks.within("--until-tick", c.untilTick, 0, Long.MAX_VALUE / 2);
        }
        Checks.within("--emit-rate", c.emitRate, 0, EMIT_PER_MINUTE_MAX);
        if (c.record != null) {
            Inputs.newFile(c.record, c.force, "--record");
        }
    }

}
