package io.symp.replay;

import io.symp.app.Event;
import io.symp.check.NonDeterminism;
import io.symp.check.StateDiff;
import java.util.List;

/**
 * The verdict of comparing two logs over the ticks both lived: {@code firstDivergence} is the
 * first tick where they stop agreeing (-1 when they agree from {@code commonFrom} to
 * {@code commonTo}), with its {@code cause} ({@link #EVENTS}, {@link #LIVE} or {@link #REPLAY}),
 * the events only one log has at or before it, the settled state fields that differ there
 * ({@code replayedDiff}), the live state fields that differ there ({@code liveDiff}), each
 * log's own replay verdict, and the non-determinism a sync-testing replay found in the app
 * (null when none was looked for or found).
 */
public record BisectResult(long commonFrom, long commonTo, long firstDivergence,
                           List<Event> onlyInA, List<Event> onlyInB,
                           List<StateDiff.Difference> replayedDiff, ReplayResult replayA,
                           ReplayResult replayB, String cause,
                           List<StateDiff.Difference> liveDiff, NonDeterminism nonDeterminism) {
    /** The logs' events differ: their settled timelines part. */
    public static final String EVENTS = "events";
    /** Same events, different live states: a non-deterministic app or a different build. */
    public static final String LIVE = "live";
    /** A log's live state differs from what its own events give: a corrupted state. */
    public static final String REPLAY = "replay";

    public boolean agree() {
        return firstDivergence < 0;
    }
}
