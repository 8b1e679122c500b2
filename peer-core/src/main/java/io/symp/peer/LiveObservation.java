package io.symp.peer;

import io.symp.app.Observation;
import io.symp.app.StateView;

/** The one {@link Observation} a peer hands its app, refilled every live tick (no allocation). */
final class LiveObservation implements Observation {
    private final StateView state;
    private long tick;
    private long settledTick;

    LiveObservation(StateView readOnlyState) {
        this.state = readOnlyState;
    }

    LiveObservation at(long newTick, long newSettledTick) {
        tick = newTick;
        settledTick = newSettledTick;
        return this;
    }

    @Override
    public long tick() {
        return tick;
    }

    @Override
    public StateView state() {
        return state;
    }

    @Override
    public long settledTick() {
        return settledTick;
    }
}
