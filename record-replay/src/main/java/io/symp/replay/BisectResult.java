package io.symp.replay;

import io.symp.app.Event;
import io.symp.check.StateDiff;
import java.util.List;

/**
 * The verdict of comparing two logs over the ticks both lived: {@code firstDivergence} is the
 * first tick where they stop agreeing (-1 when they agree from {@code commonFrom} to
 * {@code commonTo}), with the events only one log has at or before it, the settled state
 * fields that differ there, and each log's own replay verdict.
 */
public record BisectResult(long commonFrom, long commonTo, long firstDivergence,
                           List<Event> onlyInA, List<Event> onlyInB,
                           List<StateDiff.Difference> replayedDiff, ReplayResult replayA,
                           ReplayResult replayB) {
    public boolean agree() {
        return firstDivergence < 0;
    }
}
