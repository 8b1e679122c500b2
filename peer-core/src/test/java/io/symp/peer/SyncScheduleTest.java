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
            if (s.due(peerId, tick)) {
                s.sent(peerId, tick);
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
        SyncSchedule s = new SyncSchedule(10, 1);
        assertTrue(s.due(7, 123), "a link never asked is due");
        TreeSet<Long> gaps = gaps(s, 7, 100_000);
        assertEquals(5, gaps.first(), "at least half the interval");
        assertEquals(15, gaps.last(), "at most one and a half");
        assertEquals(11, gaps.size(), "every gap in between occurs: the phase wanders");
    }

    @Test
    void shouldAverageTheIntervalSoTheRateIsUnchanged() {
        SyncSchedule s = new SyncSchedule(5, 2);
        int sent = 0;
        for (long tick = 0; tick < 100_000; tick++) {
            if (s.due(1, tick)) {
                s.sent(1, tick);
                sent++;
            }
        }
        assertEquals(100_000 / 5.0, sent, 100_000 / 5.0 * 0.02);
    }

    @Test
    void shouldForgetALinkThatWentDownAndDrawTheSameForTheSameSeed() {
        SyncSchedule s = new SyncSchedule(10, 3);
        s.sent(4, 0);
        assertFalse(s.due(4, 1));
        s.linkDown(4);
        assertTrue(s.due(4, 1), "a link that comes back is asked at once");
        assertEquals(gaps(new SyncSchedule(10, 9), 1, 1000), gaps(new SyncSchedule(10, 9), 1, 1000));
    }

    /** A joiner asks on its own clock's ticks, then on the network's, which may read lower. */
    @Test
    void shouldAskAtOnceWhenTheTicksWentBackFurtherThanAnyDraw() {
        SyncSchedule s = new SyncSchedule(10, 3);
        s.sent(7, 5_000);
        assertFalse(s.due(7, 4_999), "within a draw: not yet");
        assertTrue(s.due(7, 40), "the reference went back: asked at once, not after 5,000 ticks");
    }
}
