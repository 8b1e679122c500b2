package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EventRateTest {
    private static final int FPS = 50;

    @Test
    void shouldCountTheEventsOfTheLastMinuteOfTicksPlusOne() {
        EventRate rate = new EventRate(FPS);
        for (long second = 1; second <= 120; second++) {
            rate.taken(second * FPS);
        }
        assertEquals(61.0 / 60, rate.perSecond(120 * FPS, 0), 1e-12, "ticks 3001..6000: 60 events");
        assertEquals(11.0 / 10, rate.perSecond(10 * FPS, 0), 1e-12, "since tick 0 only: 10 events in 10 s");
        assertEquals(1.0 / 60, rate.perSecond(1000 * FPS, 0), 1e-12, "a quiet spell: never quite free");
    }

    @Test
    void shouldNotCountEventsWhoseTickIsStillAhead() {
        EventRate rate = new EventRate(FPS);
        rate.taken(100);
        rate.taken(5000);
        assertEquals(2.0 / 20, rate.perSecond(1000, 0), 1e-12);
    }

    @Test
    void shouldMeasureOverTheSpanTheRingHoldsWhenEventsComeFasterThanItKeeps() {
        EventRate rate = new EventRate(FPS);
        int n = Limits.AUTO_DELTA_RATE_EVENTS;
        for (int i = 0; i < 2 * n; i++) {
            rate.taken(10_000 + i);
        }
        long now = 10_000 + 2 * n - 1;
        assertEquals((n + 1.0) * FPS / n, rate.perSecond(now, 0), 1e-9, "one event per tick");
    }
}
