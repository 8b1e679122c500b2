package io.symp.replay;

import io.symp.check.NonDeterminism;
import io.symp.check.StateDiff;
import java.util.List;

import io.symp.app.State;

/**
 * What a replay found: ticks simulated, events applied, rollbacks recorded and re-done,
 * checkpoints verified, the first tick whose recorded hash or snapshot the replay did not
 * reproduce (-1 when none), and the state at the last tick reached. After a mismatch the
 * replay goes on to the next recorded snapshot, where {@code differences} names the fields
 * that differ between the recorded and the replayed state at {@code differencesTick} (-1 when
 * the log holds no later snapshot). {@code nonDeterminism} is what a sync-testing replay found
 * ({@link Replayer#syncTest}), or null.
 */
public record ReplayResult(long firstTick, long lastTick, long events, long rollbacksRecorded,
                           long rollbacksReplayed, long checkpoints, long firstMismatch,
                           String mismatch, long nanos, State state, long differencesTick,
                           List<StateDiff.Difference> differences,
                           NonDeterminism nonDeterminism) {
    public boolean clean() {
        return firstMismatch < 0;
    }

    public long ticks() {
        return lastTick - firstTick;
    }
}
