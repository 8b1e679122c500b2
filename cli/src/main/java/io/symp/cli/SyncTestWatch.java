package io.symp.cli;

import io.symp.check.NonDeterminism;
import io.symp.net.NetworkPeer;
import java.io.PrintWriter;

/** Tells a running {@code symp peer --sync-test} what it found, once, as soon as it is found. */
final class SyncTestWatch {
    private final NetworkPeer peer;
    private final PrintWriter err;
    private NonDeterminism reported;

    SyncTestWatch(NetworkPeer peer, PrintWriter err) {
        this.peer = peer;
        this.err = err;
    }

    /** Prints a new finding on stderr; returns whether there is one (new or not). */
    boolean check() {
        NonDeterminism found = peer.call(() -> peer.peer().nonDeterminism());
        if (found != null && found != reported) {
            reported = found;
            err.println(SyncTestFindings.text(peer.id(), found));
            err.flush();
        }
        return found != null;
    }
}
