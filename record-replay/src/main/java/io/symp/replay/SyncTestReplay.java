package io.symp.replay;

import io.symp.app.SymmetricApp;
import io.symp.check.NonDeterminism;
import io.symp.record.LogSource;
import java.util.function.Supplier;

/**
 * Judges the app rather than the log: replays a log with sync-test on (every tick travels back
 * up to {@link #DEPTH} ticks and compares), so a log that does not match its own events can be
 * told apart as a non-deterministic app (found, with its tick and fields) or a corrupted state.
 */
public final class SyncTestReplay {
    /** Deepest journey of the check. */
    public static final int DEPTH = 16;

    private SyncTestReplay() {}

    /** What sync-test finds wrong with the app along {@code log}, or null (a fresh app is used). */
    public static NonDeterminism of(LogSource log, Supplier<SymmetricApp> app) {
        return new Replayer(log, app.get()).syncTest(DEPTH, 1).run().nonDeterminism();
    }
}
