package io.symp.cli;

import io.symp.hash.StateHash;
import io.symp.net.NetworkPeer;

/** A peer's status in one line: tick, links, events, rollbacks, hash of its current tick. */
final class StatusLine {
    private StatusLine() {}

    static String describe(NetworkPeer p) {
        // Concatenated, not String.format: outside Locale.US a Formatter loads the JDK's locale
        // data (about 1 MiB of a long-lived peer's memory).
        return p.call(() -> "tick " + p.peer().tick() + "  peers " + p.peer().links().size()
                + "  events " + p.peer().stats().eventsApplied() + "  rollbacks " + p.peer().stats().rollbacks()
                + " (" + p.peer().stats().ticksTravelled() + " ticks)  hash "
                + StateHash.hex(p.peer().stateHash()).substring(0, 8));
    }
}
