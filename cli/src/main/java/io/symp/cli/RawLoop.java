package io.symp.cli;

import io.symp.app.State;
import io.symp.app.SymmetricApp;

/** The app's own tick loop with no middleware: the yardstick for replay speed. */
final class RawLoop {
    private RawLoop() {}

    static long ticksPerSecond(SymmetricApp app, long ticks) {
        State s = new State(app.info().stateSize());
        app.start(s);
        long start = System.nanoTime();
        for (long t = 0; t < ticks; t++) {
            app.tick(s);
        }
        long nanos = Math.max(1, System.nanoTime() - start);
        return ticks * 1_000_000_000L / nanos;
    }
}
