package io.symp.testapps;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;

/**
 * A test app (packaged into a jar by {@link io.symp.cli.apps.AppJar#ofClasses}) whose
 * {@code event} throws after changing the state: {@code add n} for n a multiple of 7,
 * {@code check n} when the total equals n.
 */
public final class ThrowingEventsApp implements SymmetricApp {
    private static final AppInfo INFO = AppInfo.builder("throwing", 1, 24)
            .event("add", new Arg("n", ArgKind.INT))
            .event("check", new Arg("n", ArgKind.INT))
            .field(StateField.i64("total", 0)).field(StateField.i64("events", 8))
            .field(StateField.i64("digest", 16))
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {
        s.putLong(16, 17);
    }

    @Override
    public void tick(State s) {
        s.putLong(16, s.getLong(16) * 31 + 1);
    }

    @Override
    public void event(State s, Event e) {
        long n = e.arg(0);
        s.putLong(8, s.getLong(8) + 1);
        s.putLong(16, s.getLong(16) * 1_000_003L + n + 31L * e.type());
        if (e.type() == 0) {
            s.putLong(0, s.getLong(0) + n);
            if (n % 7 == 0) {
                throw new IllegalArgumentException("add " + n + ": a multiple of 7");
            }
        } else if (s.getLong(0) == n) {
            throw new IllegalArgumentException("check " + n + ": the total");
        }
    }
}
