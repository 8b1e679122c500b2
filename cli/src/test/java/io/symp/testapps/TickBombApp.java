package io.symp.testapps;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;

/** A test app whose {@code tick} throws at tick {@value #BOOM_TICK}: a peer must stop loudly. */
public final class TickBombApp implements SymmetricApp {
    public static final int BOOM_TICK = 300;

    private static final AppInfo INFO = AppInfo.builder("tickbomb", 1, 16)
            .event("add", new Arg("n", ArgKind.INT))
            .field(StateField.i64("ticks", 0)).field(StateField.i64("total", 8))
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {}

    @Override
    public void tick(State s) {
        long ticks = s.getLong(0) + 1;
        s.putLong(0, ticks);
        if (ticks == BOOM_TICK) {
            throw new IllegalStateException("boom");
        }
    }

    @Override
    public void event(State s, Event e) {
        s.putLong(8, s.getLong(8) + e.arg(0));
    }
}
