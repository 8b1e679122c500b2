package io.symp.embed;

import io.symp.app.StateView;

/**
 * A peer's application state at one tick, copied out of the peer: it never changes, and may be
 * read from any thread.
 *
 * @param tick    the tick the state is at
 * @param state   the state, read only
 * @param settled whether no event the peer would still take can change it
 */
public record TickState(long tick, StateView state, boolean settled) {
    /** The state's 64-bit hash, equal on every peer at the same tick. */
    public long hash() {
        return state.hash();
    }
}
