package io.symp.cli;

import io.symp.hash.StateHash;
import io.symp.net.NetworkPeer;

/** A peer's status in one line: tick, links, events, rollbacks, hash of its current tick. */
final class StatusLine {
    private StatusLine() {}

    static String describe(NetworkPeer p) {
        return p.call(() -> String.format("tick %d  peers %d  events %d  rollbacks %d (%d ticks)  hash %s",
                p.peer().tick(), p.peer().links().size(), p.peer().stats().eventsApplied(),
                p.peer().stats().rollbacks(), p.peer().stats().ticksTravelled(),
                StateHash.hex(p.peer().stateHash()).substring(0, 8)));
    }
}
