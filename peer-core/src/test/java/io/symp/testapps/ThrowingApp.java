package io.symp.testapps;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;

/**
 * A test app whose {@code event} throws, after changing the state: {@code add n} throws for n
 * a multiple of 7 (whatever the state), {@code check n} when the total equals n (it depends on
 * the state the event meets). {@code tick} throws once {@code arm} was taken.
 */
public final class ThrowingApp implements SymmetricApp {
    static final int TOTAL = 0;
    static final int EVENTS = 8;
    static final int DIGEST = 16;
    static final int ARMED = 24;

    private static final AppInfo INFO = AppInfo.builder("throwing", 1, 32)
            .event("add", new Arg("n", ArgKind.INT))
            .event("check", new Arg("n", ArgKind.INT))
            .event("arm", new Arg("n", ArgKind.INT))
            .field(StateField.i64("total", TOTAL)).field(StateField.i64("events", EVENTS))
            .field(StateField.i64("digest", DIGEST))
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
        if (s.getLong(ARMED) != 0) {
            throw new IllegalStateException("armed");
        }
    }

    @Override
    public void event(State s, Event e) {
        long n = e.arg(0);
        s.putLong(EVENTS, s.getLong(EVENTS) + 1);
        s.putLong(DIGEST, s.getLong(DIGEST) * 1_000_003L + n + 31L * e.type());
        switch (e.type()) {
            case 0 -> {
                s.putLong(TOTAL, s.getLong(TOTAL) + n);
                if (n % 7 == 0) {
                    throw new IllegalArgumentException("add " + n + ": a multiple of 7");
                }
            }
            case 1 -> {
                if (s.getLong(TOTAL) == n) {
                    throw new IllegalArgumentException("check " + n + ": the total");
                }
            }
            default -> s.putLong(ARMED, 1);
        }
    }

    /** The total of the events applied (skipped ones left out). */
    public static long total(io.symp.app.StateView s) {
        return s.getLong(TOTAL);
    }
}
