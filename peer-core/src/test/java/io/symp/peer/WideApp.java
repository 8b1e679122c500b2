package io.symp.peer;

import io.symp.app.Arg;
import io.symp.app.AppInfo;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.SymmetricApp;

/** A test app with a 1 MiB state: {@code put i} mixes i into word i and counts the events. */
final class WideApp implements SymmetricApp {
    static final int STATE_BYTES = 1 << 20;
    static final int EVENTS = 0;

    private static final AppInfo INFO = AppInfo.builder("wide", 1, STATE_BYTES)
            .event("put", new Arg("i", ArgKind.INT))
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State state) {}

    @Override
    public void tick(State state) {
        state.putLong(8, state.getLong(8) + 1);
    }

    @Override
    public void event(State state, Event e) {
        int word = 2 + (int) Math.floorMod(e.arg(0), STATE_BYTES / 8 - 2);
        state.putLong(word * 8, state.getLong(word * 8) * 31 + e.arg(0) + 1);
        state.putLong(EVENTS, state.getLong(EVENTS) + 1);
    }
}
