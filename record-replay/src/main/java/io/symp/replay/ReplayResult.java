package io.symp.replay;

import io.symp.app.State;

/**
 * What a replay found: ticks simulated, events applied, rollbacks recorded and re-done,
 * checkpoints verified, the first tick whose recorded hash or snapshot the replay did not
 * reproduce (-1 when none), and the state at the last tick reached.
 */
public record ReplayResult(long firstTick, long lastTick, long events, long rollbacksRecorded,
                           long rollbacksReplayed, long checkpoints, long firstMismatch,
                           String mismatch, long nanos, State state) {
    public boolean clean() {
        return firstMismatch < 0;
    }

    public long ticks() {
        return lastTick - firstTick;
    }
}
