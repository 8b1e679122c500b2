package io.symp.sim;

import io.symp.clock.Clock;

/** Virtual time, moved only by the {@link Scheduler}: every peer of a simulation reads it. */
public final class SimClock implements Clock {
    private long nanos;

    @Override
    public long nanos() {
        return nanos;
    }

    void set(long nanos) {
        this.nanos = nanos;
    }
}
