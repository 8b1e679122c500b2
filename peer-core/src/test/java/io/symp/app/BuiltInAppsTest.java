package io.symp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.check.StateDiff;
import org.junit.jupiter.api.Test;

class BuiltInAppsTest {
    private static State run(SymmetricApp app, int ticks, Event... events) {
        State s = new State(app.info().stateSize());
        app.start(s);
        int next = 0;
        for (int t = 1; t <= ticks; t++) {
            while (next < events.length && events[next].tick() == t) {
                app.event(s, events[next++]);
            }
            app.tick(s);
        }
        return s;
    }

    @Test
    void shouldMoveTheRectangleTwoUnitsPerTickInItsDirection() {
        SymmetricApp move = Apps.builtIn().create("move");
        State s = run(move, 10, new Event(6, 1, 1, 0));
        // Ticks 1-5 heading right (+2 x), tick 6 turns up before moving: 5 ticks of -2 y.
        assertEquals("x=10 y=-10 dx=0 dy=-1", StateDiff.describe(move.info(), s));
    }

    @Test
    void shouldStopOnSpace() {
        SymmetricApp move = Apps.builtIn().create("move");
        State s = run(move, 10, new Event(3, 1, 1, 4));
        assertEquals("x=4 y=0 dx=0 dy=0", StateDiff.describe(move.info(), s));
    }

    @Test
    void shouldCountAndDigestAddsInOrder() {
        SymmetricApp counter = Apps.builtIn().create("counter");
        State ab = run(counter, 5, new Event(2, 1, 1, 0, 3), new Event(2, 2, 1, 0, 4));
        State ba = run(counter, 5, new Event(2, 1, 1, 0, 4), new Event(2, 2, 1, 0, 3));
        assertEquals(7, ab.getLong(0));
        assertEquals(2, ab.getLong(8));
        assertEquals(5, ab.getLong(24));
        assertEquals(ab.getLong(0), ba.getLong(0));
        assertEquals(false, ab.getLong(16) == ba.getLong(16), "the digest depends on the order");
    }

    @Test
    void shouldEditTheDocumentAtCharacterPositions() {
        SymmetricApp doc = Apps.builtIn().create("doc");
        State s = run(doc, 10,
                new Event(1, 1, 1, 0, 0, 'h'),
                new Event(2, 1, 2, 0, 1, 'e'),
                new Event(3, 1, 3, 0, 2, 'é'),
                new Event(4, 1, 4, 0, 99, 'o'),
                new Event(5, 1, 5, 0, 3, 'l'),
                new Event(6, 1, 6, 1, 2),
                new Event(7, 1, 7, 0, 2, 'l'));
        assertEquals("bytes=5 chars=5 text=\"hello\"", StateDiff.describe(doc.info(), s));
    }

    @Test
    void shouldIgnoreDeletesOfAnEmptyDocument() {
        SymmetricApp doc = Apps.builtIn().create("doc");
        State s = run(doc, 3, new Event(1, 1, 1, 1, 0));
        assertEquals("bytes=0 chars=0 text=\"\"", StateDiff.describe(doc.info(), s));
    }
}
