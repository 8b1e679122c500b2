package io.symp.cli;

import io.symp.peer.PeerListener;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The demo's record of time travel as it happens: each rollback a peer makes (a late event,
 * the state re-simulated from a snapshot) as one line, queued on the peer's thread and printed
 * by the live view. Never blocks the peer.
 */
final class TimeTravelNotices implements PeerListener {
    private final long peerId;
    private final ConcurrentLinkedQueue<String> lines;

    TimeTravelNotices(long peerId, ConcurrentLinkedQueue<String> lines) {
        this.peerId = peerId;
        this.lines = lines;
    }

    @Override
    public void travelled(long fromTick, long toTick, long snapshotTick) {
        lines.add("time travel: peer " + peerId + " got an event late, went back from tick "
                + fromTick + " to " + toTick + " (" + (fromTick - toTick) + " ticks, from the"
                + " snapshot of tick " + snapshotTick + ") and re-simulated forward");
    }
}
