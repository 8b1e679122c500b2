package io.symp.replay;

import io.symp.app.State;
import io.symp.app.SymmetricApp;
import io.symp.record.LogContents;
import io.symp.record.LogRecord;
import io.symp.travel.TimeMachine;

/**
 * A log's final timeline: every event it ever took, known from the start, simulated tick by
 * tick. Its states are the settled ones, those every healthy peer with the same events agrees
 * on, unlike live states, which lack events still in flight. Invariant: {@code hashes[i]} is
 * the settled state hash of tick {@code firstTick + i}, trusted through {@code settledThrough}:
 * the log's last tick, or the tick it lost its last link for good (nothing could reach it
 * after), minus the latest any event arrived.
 */
public record Settled(long firstTick, long[] hashes, long settledThrough, State state) {

    /** Simulates {@code log}'s events up to {@code toTick} (or its end) from its start. */
    public static Settled of(LogContents log, SymmetricApp app, boolean fromScratch,
                             long toTick) {
        TimeMachine m = new TimeMachine(app, 64, 2);
        LogRecord.Snapshot first = null;
        long last = 0;
        long lateness = 0;
        int links = 0;
        long aloneFrom = Long.MAX_VALUE;
        for (LogRecord r : log.records()) {
            if (r instanceof LogRecord.Snapshot s && first == null) {
                first = s;
            } else if (r instanceof LogRecord.TickHash h) {
                last = h.tick();
            } else if (r instanceof LogRecord.Tick t) {
                last = t.tick();
            } else if (r instanceof LogRecord.Checkpoint c) {
                last = c.tick();
            } else if (r instanceof LogRecord.EventRecord e) {
                lateness = Math.max(lateness, e.atTick() - e.event().tick() + 1);
            } else if (r instanceof LogRecord.Link l) {
                // A log recorded from midway may lack ups: fewer links known only shortens the span.
                links += l.up() ? 1 : -1;
                aloneFrom = links <= 0 ? last : Long.MAX_VALUE;
            }
        }
        long start = 0;
        if (!fromScratch && first != null) {
            m.adopt(first.tick(), first.region());
            start = first.tick();
        }
        for (LogRecord r : log.records()) {
            if (r instanceof LogRecord.EventRecord e && e.event().tick() > start) {
                m.accept(e.event());
            }
        }
        long end = Math.max(start, Math.min(last, toTick));
        long[] hashes = new long[(int) (end - start + 1)];
        hashes[0] = m.state().hash();
        long from = start;
        m.listener(new io.symp.travel.TravelListener() {
            @Override
            public void ticked(long tick, io.symp.app.StateView state) {
                hashes[(int) (tick - from)] = state.hash();
            }
        });
        m.advanceTo(end);
        return new Settled(start, hashes, Math.min(end, Math.min(last, aloneFrom) - lateness), m.state());
    }

    /** The settled hash of {@code tick}, which must lie in this log's span. */
    public long hashAt(long tick) {
        return hashes[(int) (tick - firstTick)];
    }

    public long lastTick() {
        return firstTick + hashes.length - 1;
    }
}
