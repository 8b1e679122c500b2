package io.symp.sim;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.app.SymmetricApp;
import io.symp.core.Mix;

/**
 * An app whose event handler throws for some events ({@code --app-throws PCT}): deterministically
 * in the event's type and arguments, so every peer's copy throws for the same events, after
 * changing the state (the worst case: a handler that fails half-way). Otherwise the app it wraps.
 */
final class ThrowingApp implements SymmetricApp {
    private final SymmetricApp app;
    private final long thresholdPerTenThousand;

    ThrowingApp(SymmetricApp app, double throwPct) {
        this.app = app;
        this.thresholdPerTenThousand = Math.round(throwPct * 100);
    }

    /** Whether the handler throws for {@code e}. */
    boolean throwsFor(Event e) {
        long h = Mix.mix64(e.type() + 0x5EEDL);
        for (int i = 0; i < e.argCount(); i++) {
            if (e.args().isNumber(i)) {
                h = Mix.mix64(h ^ e.arg(i));
                continue;
            }
            for (byte b : e.bytesArg(i)) {
                h = Mix.mix64(h ^ b);
            }
        }
        return Math.floorMod(h, 10_000L) < thresholdPerTenThousand;
    }

    @Override
    public AppInfo info() {
        return app.info();
    }

    @Override
    public void start(State state) {
        app.start(state);
    }

    @Override
    public void tick(State state) {
        app.tick(state);
    }

    @Override
    public void event(State state, Event e) {
        app.event(state, e);
        if (throwsFor(e)) {
            throw new IllegalStateException("app fault: event type " + e.type() + " throws for these arguments");
        }
    }

    @Override
    public void observe(StateView state, long tick) {
        app.observe(state, tick);
    }
}
