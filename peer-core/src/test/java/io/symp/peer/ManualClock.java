package io.symp.peer;

import io.symp.clock.Clock;

/** A clock the test moves by hand. */
final class ManualClock implements Clock {
    private long nanos;

    ManualClock(long startNanos) {
        this.nanos = startNanos;
    }

    @Override
    public long nanos() {
        return nanos;
    }

    void advance(long byNanos) {
        nanos += byNanos;
    }
}
