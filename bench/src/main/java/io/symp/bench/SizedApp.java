package io.symp.bench;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.SymmetricApp;

/**
 * A benchmark-only app whose state is exactly {@code stateBytes} bytes (a multiple of 8), all
 * of it filled at start so that snapshots copy real data. A tick bumps the first long; it has
 * no event types.
 */
final class SizedApp implements SymmetricApp {
    private final AppInfo info;

    SizedApp(int stateBytes) {
        if (stateBytes < 8 || stateBytes % 8 != 0) {
            throw new IllegalArgumentException("state size must be a positive multiple of 8");
        }
        info = AppInfo.builder("sized-" + stateBytes, 1, stateBytes).build();
    }

    @Override
    public AppInfo info() {
        return info;
    }

    @Override
    public void start(State s) {
        for (int offset = 0; offset < info.stateSize(); offset += 8) {
            s.putLong(offset, s.nextLong());
        }
    }

    @Override
    public void tick(State s) {
        s.putLong(0, s.getLong(0) + 1);
    }

    @Override
    public void event(State s, Event e) {
        s.putLong(0, s.getLong(0) ^ e.seq());
    }
}
