package io.symp.cli.repl;

import io.symp.app.StateView;
import io.symp.check.NonDeterminism;
import java.util.function.Supplier;

import io.symp.hash.StateHash;
import io.symp.peer.Link;
import io.symp.peer.PeerListener;
import java.util.function.Consumer;

/**
 * Turns what a running peer reports (deep rollbacks, links up and down, divergences, what
 * {@code sync-test on} found) into notices for the person at the prompt. Called on the peer's
 * thread; never blocks.
 */
final class Notices implements PeerListener {
    /** Rollbacks at least this deep (ticks re-simulated) are worth a notice. */
    static final long DEPTH_NOTICE = 10;

    private final Consumer<String> sink;
    private final Supplier<NonDeterminism> syncTestFinding;
    private NonDeterminism reported;

    /** {@code syncTestFinding} is read on the peer's thread after every tick. */
    Notices(Consumer<String> sink, Supplier<NonDeterminism> syncTestFinding) {
        this.sink = sink;
        this.syncTestFinding = syncTestFinding;
    }

    @Override
    public void ticked(long tick, StateView state) {
        NonDeterminism found = syncTestFinding.get();
        if (found != null && found != reported) {
            reported = found;
            sink.accept("! sync-test: " + found.describe());
        }
    }

    @Override
    public void travelled(long fromTick, long toTick, long snapshotTick) {
        long depth = fromTick - toTick;
        if (depth >= DEPTH_NOTICE) {
            sink.accept("! rollback from tick " + fromTick + " to " + toTick + " (depth " + depth
                    + ", snapshot " + snapshotTick + ")");
        }
    }

    @Override
    public void linkUp(Link link) {
        sink.accept("! link up: peer " + Long.toUnsignedString(link.peerId()) + " at "
                + link.describe());
    }

    @Override
    public void linkDown(Link link, String reason) {
        sink.accept("! link down: peer " + Long.toUnsignedString(link.peerId()) + " (" + reason
                + ")");
    }

    @Override
    public void divergence(long tick, long ourHash, long theirHash, Link link) {
        sink.accept("! divergence at tick " + tick + ": ours " + StateHash.hex(ourHash) + ", peer "
                + Long.toUnsignedString(link.peerId()) + " has " + StateHash.hex(theirHash));
    }
}
