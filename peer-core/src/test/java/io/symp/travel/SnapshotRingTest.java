package io.symp.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.app.State;
import org.junit.jupiter.api.Test;

class SnapshotRingTest {
    private static State stateWith(int value) {
        State s = new State(4);
        s.putInt(0, value);
        return s;
    }

    @Test
    void shouldFindTheNewestSnapshotAtOrBeforeATick() {
        SnapshotRing ring = new SnapshotRing(10, 4, stateWith(0).region().length);
        for (int t = 0; t <= 30; t += 10) {
            ring.save(t, stateWith(t));
        }
        assertEquals(20, ring.newestAtOrBefore(29));
        assertEquals(30, ring.newestAtOrBefore(30));
        assertEquals(30, ring.newestAtOrBefore(1000));
        assertEquals(0, ring.newestAtOrBefore(9));
        assertEquals(-1, ring.newestAtOrBefore(-1));
    }

    @Test
    void shouldForgetTheOldestSnapshotsWhenTheRingWraps() {
        SnapshotRing ring = new SnapshotRing(10, 4, stateWith(0).region().length);
        for (int t = 0; t <= 100; t += 10) {
            ring.save(t, stateWith(t));
        }
        assertEquals(70, ring.oldestTick());
        assertEquals(-1, ring.newestAtOrBefore(69), "older than the ring reaches");
        assertEquals(70, ring.newestAtOrBefore(79));
        State restored = new State(4);
        ring.restore(80, restored);
        assertEquals(80, restored.getInt(0));
    }

    @Test
    void shouldTakeAnAdoptedSnapshotAtAnyTick() {
        SnapshotRing ring = new SnapshotRing(10, 4, stateWith(0).region().length);
        ring.save(0, stateWith(0));
        ring.clear();
        ring.save(1037, stateWith(1037));
        assertEquals(1037, ring.oldestTick());
        assertEquals(-1, ring.newestAtOrBefore(1036));
        assertEquals(1037, ring.newestAtOrBefore(1045));
        ring.save(1040, stateWith(1040));
        ring.save(1050, stateWith(1050));
        assertEquals(1040, ring.newestAtOrBefore(1049));
        assertEquals(1037, ring.newestAtOrBefore(1039));
    }

    @Test
    void shouldKeepTheOldestSpacedSnapshotAndReachAnyDepthAtCostProportionalToIt() {
        int interval = 32;
        SnapshotRing ring = new SnapshotRing(interval, 64, stateWith(0).region().length, SnapshotRetention.SPACED);
        long newest = 0;
        for (long t = 0; t <= 1_000_000; t += interval) {
            ring.save(t, stateWith((int) t));
            newest = t;
        }
        assertEquals(64, ring.count());
        assertEquals(0, ring.oldestTick(), "the oldest stays: the reach is the whole history");
        for (long depth = 1; depth <= newest; depth = depth * 3 / 2 + 1) {
            long late = newest - depth + 1;
            long restored = ring.newestAtOrBefore(late - 1);
            long resimulated = newest - restored;
            org.junit.jupiter.api.Assertions.assertTrue(resimulated <= 2 * depth + interval,
                    "a rollback " + depth + " ticks deep re-simulates " + resimulated);
        }
        State restored = new State(4);
        long mid = ring.newestAtOrBefore(500_000);
        ring.restore(mid, restored);
        assertEquals(mid, restored.getInt(0));
    }

    @Test
    void shouldNotSaveAThinnedTickAgainButOverwriteAHeldOne() {
        SnapshotRing ring = new SnapshotRing(10, 4, stateWith(0).region().length, SnapshotRetention.SPACED);
        for (int t = 0; t <= 100; t += 10) {
            ring.save(t, stateWith(t));
        }
        long thinned = 50;
        org.junit.jupiter.api.Assertions.assertTrue(ring.newestAtOrBefore(thinned) < thinned);
        ring.save(thinned, stateWith(-1));
        org.junit.jupiter.api.Assertions.assertTrue(ring.newestAtOrBefore(thinned) < thinned, "not saved again");
        ring.save(100, stateWith(-100));
        State s = new State(4);
        ring.restore(100, s);
        assertEquals(-100, s.getInt(0));
        org.junit.jupiter.api.Assertions.assertTrue(ring.dropOldest());
        org.junit.jupiter.api.Assertions.assertTrue(ring.oldestTick() > 0);
    }
}
