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
}
