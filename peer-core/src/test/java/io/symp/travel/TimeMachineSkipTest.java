package io.symp.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.testapps.ThrowingApp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An event whose handler throws is undone and skipped, alike whatever the order of arrival. */
class TimeMachineSkipTest {
    private static TimeMachine machine() {
        return new TimeMachine(new ThrowingApp(), 4, 64);
    }

    private static Event add(long tick, long origin, long seq, long n) {
        return new Event(tick, origin, seq, 0, n);
    }

    @Test
    void shouldUndoAndSkipAThrowingEventAndKeepTheOthersOfItsTick() {
        TimeMachine m = machine();
        m.accept(add(6, 1, 1, 3));
        m.accept(add(6, 2, 1, 14));
        m.accept(add(6, 3, 1, 4));
        m.advanceTo(20);
        TimeMachine without = machine();
        without.accept(add(6, 1, 1, 3));
        without.accept(add(6, 3, 1, 4));
        without.advanceTo(20);
        assertEquals(7, ThrowingApp.total(m.state()), "3 + 4: the 14 was undone");
        assertEquals(without.state().hash(), m.state().hash(), "as if the event had never come");
        assertEquals(1, m.stats().eventsSkipped());
        assertEquals(20, m.tick());
    }

    @Test
    void shouldReplayThePastWithTheSameSkips() {
        TimeMachine m = machine();
        m.accept(add(6, 1, 1, 21));
        m.accept(add(9, 1, 2, 5));
        m.advanceTo(30);
        State scratch = new State(m.app().info().stateSize());
        List<Long> totals = new ArrayList<>();
        assertTrue(m.replay(10, 10, scratch, (t, s) -> totals.add(s.getLong(0))));
        assertEquals(List.of(5L), totals, "the skipped 21 is skipped in replay too");
    }

    @Test
    void shouldRecheckASkipWhenALateEventChangesTheStateItMeets() {
        TimeMachine m = machine();
        m.accept(new Event(10, 1, 1, 1, 5));
        m.advanceTo(20);
        assertEquals(0, m.stats().eventsSkipped(), "check 5 against total 0 passes");
        m.accept(add(8, 2, 1, 5));
        m.advanceTo(21);
        assertEquals(1, m.stats().eventsSkipped(), "now check 5 meets total 5 and throws");
        m.accept(add(3, 3, 1, 1));
        m.advanceTo(22);
        assertEquals(0, m.stats().eventsSkipped(), "total 6: check 5 passes again");
        assertEquals(6, ThrowingApp.total(m.state()));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void shouldEndInTheSameStateWhateverTheArrivalOrder(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            events.add(new Event(1 + r.nextInt(200), 1 + r.nextInt(4), i + 1, r.nextInt(2), r.nextInt(-30, 31)));
        }
        TimeMachine inOrder = machine();
        events.forEach(inOrder::accept);
        inOrder.advanceTo(300);
        Collections.shuffle(events, new java.util.Random(seed));
        TimeMachine live = new TimeMachine(new ThrowingApp(), 8, 64);
        for (Event e : events) {
            live.advanceTo(Math.min(300, live.tick() + r.nextInt(12)));
            live.accept(e);
        }
        live.advanceTo(300);
        assertEquals(inOrder.state().hash(), live.state().hash(), "the same events skipped");
        assertEquals(inOrder.stats().eventsSkipped(), live.stats().eventsSkipped());
        assertTrue(inOrder.stats().eventsSkipped() > 0, "some events threw");
    }

    @Test
    void shouldStopForGoodWhenTickThrows() {
        TimeMachine m = machine();
        m.accept(new Event(5, 1, 1, 2, 0));
        AppFailure failure = assertThrows(AppFailure.class, () -> m.advanceTo(10));
        assertTrue(failure.getMessage().startsWith("app tick threw at tick 5: java.lang.IllegalStateException: armed"
                + " at io.symp.testapps.ThrowingApp.tick("), failure.getMessage());
        assertSame(failure, m.failure());
        assertSame(failure, assertThrows(AppFailure.class, () -> m.advanceTo(11)), "never again on that state");
        assertEquals(4, m.tick());
    }
}
