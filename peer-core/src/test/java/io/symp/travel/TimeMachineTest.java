package io.symp.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.SymmetricApp;
import io.symp.timeline.VersionVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TimeMachineTest {
    private static final int[][] RINGS = {{1, 2}, {1, 64}, {3, 4}, {4, 8}, {16, 2}, {16, 64}, {32, 2048}};

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    /** The state hash of applying {@code events} in order, all known before simulating. */
    private static long inOrderHash(SymmetricApp app, List<Event> events, long ticks) {
        TimeMachine m = new TimeMachine(app, 32, 2048);
        events.forEach(m::accept);
        m.advanceTo(ticks);
        return m.state().hash();
    }

    private static List<Event> randomEvents(SplittableRandom r, String appName, long ticks) {
        List<Event> events = new ArrayList<>();
        long[] origins = {-3, 7, 0x7fff_ffff_ffffL, Long.MIN_VALUE + 1};
        for (long origin : origins) {
            long tick = 0;
            int n = r.nextInt(25);
            for (int seq = 1; seq <= n; seq++) {
                tick = Math.min(ticks, tick + 1 + r.nextInt((int) (2 * ticks / Math.max(1, n))));
                events.add(appName.equals("counter")
                        ? new Event(tick, origin, seq, 0, r.nextInt(-100, 101))
                        : r.nextBoolean() ? new Event(tick, origin, seq, 0, r.nextInt(12), 'a' + r.nextInt(26))
                        : new Event(tick, origin, seq, 1, r.nextInt(12)));
            }
        }
        return events;
    }

    private record Delivery(Event event, long atTick, double order) {}

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldEndInTheInOrderStateWhateverTheArrivalOrderDuplicatesAndLateness(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String appName = r.nextBoolean() ? "counter" : "doc";
        SymmetricApp app = Apps.builtIn().create(appName);
        int[] ring = RINGS[r.nextInt(RINGS.length)];
        long ticks = 50 + r.nextInt(400);
        List<Event> events = randomEvents(r, appName, ticks);
        long expected = inOrderHash(Apps.builtIn().create(appName), events, ticks);

        long latenessMax = (long) (ring[1] - 1) * ring[0] - 1;
        List<Delivery> deliveries = new ArrayList<>();
        for (Event e : events) {
            int copies = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0);
            for (int c = 0; c < copies; c++) {
                long lateness = latenessMax < 0 ? -1 - r.nextInt(30) : r.nextLong(-30, latenessMax + 1);
                deliveries.add(new Delivery(e, Math.max(0, e.tick() + lateness), r.nextDouble()));
            }
        }
        deliveries.sort(Comparator.comparingLong(Delivery::atTick).thenComparingDouble(Delivery::order));

        TimeMachine m = new TimeMachine(app, ring[0], ring[1]);
        VersionVector held = new VersionVector();
        int next = 0;
        for (long t = 0; t <= ticks + latenessMax + 1; t++) {
            while (next < deliveries.size() && deliveries.get(next).atTick() == t) {
                Event e = deliveries.get(next++).event();
                if (held.add(e.origin(), e.seq())) {
                    assertNotEquals(TimeMachine.Acceptance.TOO_OLD, m.accept(e), "within the ring's reach; seed " + seed);
                }
            }
            m.advanceTo(Math.min(t + 1, ticks));
        }
        m.settle();
        assertEquals(ticks, m.tick());
        assertEquals(expected, m.state().hash(), "seed " + seed + " (" + appName + ", K=" + ring[0] + ", slots=" + ring[1] + ")");
        assertEquals(events.size(), m.stats().eventsApplied(), "each event applied exactly once; seed " + seed);
    }

    @Test
    void shouldBoundRollbackCostBySnapshotIntervalPlusDepth() {
        TimeMachine m = new TimeMachine(Apps.builtIn().create("counter"), 32, 2048);
        m.advanceTo(100_000);
        m.accept(new Event(99_990, 1, 1, 0, 5));
        m.settle();
        assertEquals(1, m.stats().rollbacks());
        assertEquals(11, m.stats().ticksTravelled(), "depth: ticks 99,990 to 100,000");
        assertTrue(m.stats().ticksResimulated() <= 32 + 11, "re-simulated " + m.stats().ticksResimulated());
    }

    @Test
    void shouldRefuseAnEventOlderThanTheOldestSnapshot() {
        TimeMachine m = new TimeMachine(Apps.builtIn().create("counter"), 4, 4);
        m.advanceTo(100);
        assertEquals(88, m.snapshots().oldestTick());
        assertEquals(TimeMachine.Acceptance.TOO_OLD, m.accept(new Event(88, 1, 1, 0, 5)));
        assertEquals(TimeMachine.Acceptance.LATE, m.accept(new Event(89, 1, 2, 0, 5)));
        assertEquals(1, m.stats().eventsRefused());
    }

    @Test
    void shouldShowAPastStateWithoutTouchingTheLiveOne() {
        TimeMachine m = new TimeMachine(Apps.builtIn().create("move"), 32, 64);
        m.accept(new Event(50, 1, 1, 1));
        m.advanceTo(200);
        long live = m.state().hash();
        io.symp.app.State past = new io.symp.app.State(16);
        m.replay(60, 60, past, (t, s) -> true);
        assertEquals(2 * 49, past.getInt(0), "x after 49 ticks heading right");
        assertEquals(2 * 11, past.getInt(4), "y after 11 ticks heading down");
        assertEquals(live, m.state().hash());
    }

    @Test
    void shouldCountOneRollbackForSeveralLateEventsBeforeOneAdvance() {
        TimeMachine m = new TimeMachine(Apps.builtIn().create("counter"), 8, 64);
        m.advanceTo(100);
        m.accept(new Event(95, 1, 1, 0, 1));
        m.accept(new Event(90, 2, 1, 0, 1));
        m.advanceTo(101);
        assertEquals(1, m.stats().rollbacks());
        assertEquals(11, m.stats().ticksTravelled());
        assertEquals(2, m.stats().eventsLate());
    }
}
