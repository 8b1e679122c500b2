package io.symp.record;

import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.peer.Peer;
import io.symp.peer.PeerListener;
import java.util.function.IntConsumer;

/**
 * A test and demo aid: flips one byte of a peer's live state right after tick {@code tick}, so
 * that the peer silently diverges there. Add it to the peer before its {@link Recorder} so the
 * recording of that tick already shows the flip.
 */
public final class StateFault implements PeerListener {
    private final IntConsumer flip;
    private final long tick;
    private final int offset;

    /** Corrupts {@code peer}'s live state through {@link Peer#corruptStateByte}. */
    public StateFault(Peer peer, long tick, int offset) {
        this(peer.appInfo().stateSize(), peer::corruptStateByte, tick, offset);
    }

    /** Corrupts {@code live}, a state the caller owns (a time machine's, in tests). */
    public StateFault(State live, long tick, int offset) {
        this(live.size(), at -> live.putByte(at, (byte) ~live.getByte(at)), tick, offset);
    }

    private StateFault(int size, IntConsumer flip, long tick, int offset) {
        if (offset < 0 || offset >= size) {
            throw new IllegalArgumentException("offset " + offset + " outside the state");
        }
        this.flip = flip;
        this.tick = tick;
        this.offset = offset;
    }

    @Override
    public void ticked(long t, StateView state) {
        if (t == tick) {
            flip.accept(offset);
        }
    }
}
