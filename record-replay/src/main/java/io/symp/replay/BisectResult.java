package io.symp.replay;

import io.symp.app.Event;
import io.symp.check.StateDiff;
import java.util.List;

/**
 * The verdict of comparing two logs over the ticks both lived: {@code firstDivergence} is the
 * first tick whose recorded states differ (-1 when they agree from {@code commonFrom} to
 * {@code commonTo}), with the events only one log has at or before it, the state fields that
 * differ when both logs are replayed to it, and each log's own replay verdict up to it.
 */
public record BisectResult(long commonFrom, long commonTo, long lastAgreeingCheckpoint,
                           long firstDivergence, List<Event> onlyInA, List<Event> onlyInB,
                           List<StateDiff.Difference> replayedDiff, ReplayResult replayA,
                           ReplayResult replayB) {
    public boolean agree() {
        return firstDivergence < 0;
    }
}
