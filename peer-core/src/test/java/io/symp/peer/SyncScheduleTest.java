package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {
    /** Ticks between one link's requests over {@code ticks} ticks. */
    private static TreeSet<Long> gaps(SyncSchedule s, long peerId, int ticks) {
        TreeSet<Long> gaps = new TreeSet<>();
        long last = -1;
        for (long tick = 0; tick < ticks; tick++) {
            if (s.due(peerId, tick, false)) {
                s.sent(peerId, tick, false);
                if (last >= 0) {
                    gaps.add(tick - last);
                }
                last = tick;
            }
        }
        return gaps;
    }

    @Test
    void shouldAskANewLinkAtOnceThenAtRandomPhasesAroundTheInterval() {
        SyncSchedule s = new SyncSchedule(10, 50, 1);
        assertTrue(s.due(7, 123, false), "a link never asked is due");
        TreeSet<Long> gaps = gaps(s, 7, 100_000);
        assertEquals(5, gaps.first(), "at least half the interval");
        assertEquals(15, gaps.last(), "at most one and a half");
        assertEquals(11, gaps.size(), "every gap in between occurs: the phase wanders");
    }

    @Test
    void shouldAverageTheIntervalSoTheRateIsUnchanged() {
        SyncSchedule s = new SyncSchedule(5, 50, 2);
        int sent = 0;
        for (long tick = 0; tick < 100_000; tick++) {
            if (s.due(1, tick, false)) {
                s.sent(1, tick, false);
                sent++;
            }
        }
        assertEquals(100_000 / 5.0, sent, 100_000 / 5.0 * 0.02);
    }

    @Test
    void shouldForgetALinkThatWentDownAndDrawTheSameForTheSameSeed() {
        SyncSchedule s = new SyncSchedule(10, 50, 3);
        s.sent(4, 0, false);
        assertFalse(s.due(4, 1, false));
        s.linkDown(4);
        assertTrue(s.due(4, 1, false), "a link that comes back is asked at once");
        assertEquals(gaps(new SyncSchedule(10, 50, 9), 1, 1000), gaps(new SyncSchedule(10, 50, 9), 1, 1000));
    }

    @Test
    void shouldAskAQuietLinkAtItsOwnIntervalAndSoonOnceItTurnsLoud() {
        SyncSchedule s = new SyncSchedule(5, 50, 4);
        s.sent(1, 0, true);
        assertFalse(s.due(1, 24, true), "at least half the quiet interval");
        assertTrue(s.due(1, 75, true), "at most one and a half");
        assertFalse(s.due(1, 1, false), "a link that turns loud waits half the loud interval...");
        assertTrue(s.due(1, 2, false), "...not the rest of its quiet one");
        int sent = 0;
        for (long tick = 0; tick < 100_000; tick++) {
            if (s.due(2, tick, true)) {
                s.sent(2, tick, true);
                sent++;
            }
        }
        assertEquals(100_000 / 50.0, sent, 100_000 / 50.0 * 0.05);
    }

    /** A joiner asks on its own clock's ticks, then on the network's, which may read lower. */
    @Test
    void shouldAskAtOnceWhenTheTicksWentBackFurtherThanAnyDraw() {
        SyncSchedule s = new SyncSchedule(10, 50, 3);
        s.sent(7, 5_000, false);
        assertFalse(s.due(7, 4_999, false), "within a draw: not yet");
        assertTrue(s.due(7, 40, false), "the reference went back: asked at once, not after 5,000 ticks");
        s.sent(8, 5_000, true);
        assertFalse(s.due(8, 4_950, true), "within a quiet draw: not yet");
        assertTrue(s.due(8, 40, true));
    }
}
