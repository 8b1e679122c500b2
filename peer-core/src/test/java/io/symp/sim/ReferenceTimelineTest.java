package io.symp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.symp.app.Event;
import io.symp.app.builtin.CounterApp;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReferenceTimelineTest {
    private static final Event A = new Event(3, 1, 1, 0, 5);
    private static final Event B = new Event(3, 2, 1, 0, 7);

    @Test
    void shouldNotDependOnTheOrderOfEmission() {
        TreeSet<Long> at = new TreeSet<>(List.of(2L, 10L));
        var ab = new ReferenceTimeline(new CounterApp(), List.of(A, B)).hashesAt(at);
        var ba = new ReferenceTimeline(new CounterApp(), List.of(B, A)).hashesAt(at);
        assertEquals(ab, ba);
        var none = new ReferenceTimeline(new CounterApp(), List.of()).hashesAt(at);
        assertEquals(none.get(2L), ab.get(2L), "before the events' tick");
        assertNotEquals(none.get(10L), ab.get(10L));
    }

    @Test
    void shouldUndoAndSkipAnEventWhoseHandlerThrows() {
        ThrowingApp always = new ThrowingApp(new CounterApp(), 100);
        TreeSet<Long> at = new TreeSet<>(List.of(10L));
        assertEquals(new ReferenceTimeline(new CounterApp(), List.of()).hashesAt(at),
                new ReferenceTimeline(always, List.of(A, B)).hashesAt(at));
    }

    @Test
    void shouldThrowForTheSameEventsOnEveryCopy() {
        ThrowingApp a = new ThrowingApp(new CounterApp(), 30);
        ThrowingApp b = new ThrowingApp(new CounterApp(), 30);
        int throwing = 0;
        for (long n = 0; n < 1_000; n++) {
            Event e = new Event(1, 9, n + 1, 0, n);
            assertEquals(a.throwsFor(e), b.throwsFor(e));
            throwing += a.throwsFor(e) ? 1 : 0;
        }
        assertEquals(300, throwing, 60);
    }
}
