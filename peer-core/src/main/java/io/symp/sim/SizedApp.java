package io.symp.sim;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.SymmetricApp;
import io.symp.core.Mix;

/**
 * An app of any state size, for the simulator ({@code --app sized-BYTES}): {@code add n} adds n
 * to a total and a running digest of the order (as the counter app does) and writes into a slot
 * of the state chosen by n, so that the whole state matters to its hash; every state byte is
 * filled at start, so that snapshots carry real data. A tick bumps a counter only (cheap at any
 * size).
 */
final class SizedApp implements SymmetricApp {
    static final String PREFIX = "sized-";
    static final int BYTES_MIN = 32;
    private static final int TOTAL = 0;
    private static final int DIGEST = 8;
    private static final int TICKS = 16;

    private final AppInfo info;
    private final int slots;

    SizedApp(int stateBytes) {
        if (stateBytes < BYTES_MIN || stateBytes % 8 != 0) {
            throw new IllegalArgumentException("a sized app's state is a multiple of 8 bytes, at least "
                    + BYTES_MIN + ", got " + stateBytes);
        }
        info = AppInfo.builder(PREFIX + stateBytes, 1, stateBytes).event("add", new Arg("n", ArgKind.INT)).build();
        slots = stateBytes / 8 - 3;
    }

    @Override
    public AppInfo info() {
        return info;
    }

    @Override
    public void start(State s) {
        s.seedRandom(info.stateSize());
        for (int offset = 24; offset < info.stateSize(); offset += 8) {
            s.putLong(offset, s.nextLong());
        }
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
        s.putLong(DIGEST, s.getLong(DIGEST) * 1_000_003L + n);
        int slot = 24 + 8 * (int) Math.floorMod(Mix.mix64(n), (long) slots);
        s.putLong(slot, s.getLong(slot) ^ Mix.mix64(n + s.getLong(DIGEST)));
    }
}
