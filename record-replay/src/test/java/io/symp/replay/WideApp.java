package io.symp.replay;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.SymmetricApp;

/**
 * A test app whose state is larger than a recorder hashes every tick (128 KiB): each tick
 * bumps a counter, each of its four events mixes its type into a word the state's random
 * generator picks.
 */
final class WideApp implements SymmetricApp {
    static final int STATE_BYTES = 128 << 10;

    private static final AppInfo INFO = AppInfo.builder("wide", 1, STATE_BYTES)
            .event("a").event("b").event("c").event("d")
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State state) {
        state.seedRandom(7);
    }

    @Override
    public void tick(State state) {
        state.putLong(0, state.getLong(0) + 1);
    }

    @Override
    public void event(State state, Event e) {
        int word = 1 + state.nextInt(STATE_BYTES / 8 - 1);
        state.putLong(word * 8, state.getLong(word * 8) * 31 + e.type() + 1);
    }
}
