package io.symp.cli;

import io.symp.hash.StateHash;
import io.symp.net.NetworkPeer;
import java.io.PrintWriter;

/** A one-line status on a terminal's stderr, rewritten in place: tick, peers, events, rollbacks, hash. */
final class StatusLine {
    private final PrintWriter err;
    private final int width;

    StatusLine(PrintWriter err, int width) {
        this.err = err;
        this.width = width;
    }

    void show(NetworkPeer p) {
        String line = describe(p);
        err.print("\r\033[K" + (line.length() < width ? line : line.substring(0, width - 1)));
        err.flush();
    }

    static String describe(NetworkPeer p) {
        return p.call(() -> String.format("tick %d  peers %d  events %d  rollbacks %d (%d ticks)  hash %s",
                p.peer().tick(), p.peer().links().size(), p.peer().stats().eventsApplied(),
                p.peer().stats().rollbacks(), p.peer().stats().ticksTravelled(),
                StateHash.hex(p.peer().stateHash()).substring(0, 8)));
    }
}
