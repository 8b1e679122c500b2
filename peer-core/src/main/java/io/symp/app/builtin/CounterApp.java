package io.symp.app.builtin;

import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;

/**
 * An oracle for tests: {@code add n} adds n to a total. The total says whether every event was
 * applied exactly once; the digest (a running polynomial hash of the added values) also says
 * whether they were applied in the same order everywhere.
 */
public final class CounterApp implements SymmetricApp {
    static final int TOTAL = 0;
    static final int EVENTS = 8;
    static final int DIGEST = 16;
    static final int TICKS = 24;

    private static final AppInfo INFO = AppInfo.builder("counter", 1, 32)
            .event("add", new Arg("n", ArgKind.INT))
            .field(StateField.i64("total", TOTAL)).field(StateField.i64("events", EVENTS))
            .field(StateField.i64("digest", DIGEST)).field(StateField.i64("ticks", TICKS))
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {
        s.putLong(DIGEST, 17);
    }

    @Override
    public void tick(State s) {
        s.putLong(TICKS, s.getLong(TICKS) + 1);
    }

    @Override
    public void event(State s, Event e) {
        long n = e.arg(0);
        s.putLong(TOTAL, s.getLong(TOTAL) + n);
        s.putLong(EVENTS, s.getLong(EVENTS) + 1);
        s.putLong(DIGEST, s.getLong(DIGEST) * 1_000_003L + n);
    }
}
