package io.symp.record;

import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.peer.PeerListener;

/**
 * A test and demo aid: flips one byte of a peer's live state right after tick {@code tick}, so
 * that the peer silently diverges there. Add it to the peer before its {@link Recorder} so the
 * recording of that tick already shows the flip.
 */
public final class StateFault implements PeerListener {
    private final State live;
    private final long tick;
    private final int offset;

    /** {@code live} is the peer's state ({@code peer.timeMachine().state()}). */
    public StateFault(State live, long tick, int offset) {
        if (offset < 0 || offset >= live.size()) {
            throw new IllegalArgumentException("offset " + offset + " outside the state");
        }
        this.live = live;
        this.tick = tick;
        this.offset = offset;
    }

    @Override
    public void ticked(long t, StateView state) {
        if (t == tick) {
            live.putByte(offset, (byte) ~live.getByte(offset));
        }
    }
}
