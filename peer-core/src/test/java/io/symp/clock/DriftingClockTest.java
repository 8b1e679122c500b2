package io.symp.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriftingClockTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldRunFastByItsDriftAndReadItsOffset() {
        long[] base = {0};
        DriftingClock fast = new DriftingClock(() -> base[0], 7 * SECOND, 200_000); // +200 ppm
        assertEquals(7 * SECOND, fast.nanos());
        base[0] = 1_000 * SECOND;
        assertEquals(7 * SECOND + 1_000 * SECOND + 200_000_000L, fast.nanos(), "200 ms fast after 1,000 s");
        DriftingClock slow = new DriftingClock(() -> base[0], 0, -200_000);
        assertEquals(1_000 * SECOND - 200_000_000L, slow.nanos());
    }

    @Test
    void shouldInvertToTheEarliestSharedTime() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            long drift = r.nextLong(-1_000_000, 1_000_001);
            DriftingClock c = new DriftingClock(() -> 0, r.nextLong(0, 10 * SECOND), drift);
            long reading = c.at(r.nextLong(0, 3_600 * SECOND));
            long base = c.baseAt(reading);
            assertTrue(c.at(base) >= reading && c.at(base - 1) < reading, "drift " + drift + " reading " + reading);
        }
    }

    @Test
    void shouldBeTheSharedTimeWithoutDriftOrOffset() {
        DriftingClock c = new DriftingClock(() -> 42, 0, 0);
        assertEquals(42, c.nanos());
        assertEquals(123_456_789L, c.baseAt(123_456_789L));
    }

    @Test
    void shouldRefuseAClockThatStops() {
        assertThrows(IllegalArgumentException.class, () -> new DriftingClock(() -> 0, 0, -1_000_000_000L));
    }
}
