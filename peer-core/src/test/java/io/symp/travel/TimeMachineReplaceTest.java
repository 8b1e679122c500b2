package io.symp.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.symp.app.Apps;
import io.symp.app.Event;
import org.junit.jupiter.api.Test;

/**
 * A second event under a held (origin, seq) takes the first one's place (an equivocation
 * resolved; a replayed log meets it the same way): the state is as if only the second had
 * ever been taken, and nothing changes when its history is out of reach.
 */
class TimeMachineReplaceTest {
    private static TimeMachine machine() {
        return new TimeMachine(Apps.builtIn().create("counter"), 8, 4);
    }

    @Test
    void shouldReplayAsIfOnlyTheReplacementHadBeenTaken() {
        TimeMachine replaced = machine();
        replaced.accept(new Event(10, 7, 1, 0, 5));
        replaced.accept(new Event(12, 8, 1, 0, 2));
        replaced.advanceTo(20);
        long before = replaced.state().hash();
        assertEquals(TimeMachine.Acceptance.LATE, replaced.accept(new Event(14, 7, 1, 0, 3)));
        replaced.advanceTo(30);

        TimeMachine only = machine();
        only.accept(new Event(12, 8, 1, 0, 2));
        only.accept(new Event(14, 7, 1, 0, 3));
        only.advanceTo(30);
        assertEquals(only.state().hash(), replaced.state().hash());
        assertNotEquals(before, only.state().hash());
        assertEquals(2, replaced.timeline().size(), "one event per id");
        assertEquals(14, replaced.timeline().get(7, 1).tick());
    }

    @Test
    void shouldChangeNothingWhenEitherVersionIsOlderThanTheOldestSnapshot() {
        TimeMachine m = machine();
        m.accept(new Event(40, 7, 1, 0, 5));
        m.advanceTo(100);
        long hash = m.state().hash();
        assertEquals(TimeMachine.Acceptance.TOO_OLD, m.accept(new Event(2, 7, 1, 0, 3)));
        m.advanceTo(101);
        TimeMachine same = machine();
        same.accept(new Event(40, 7, 1, 0, 5));
        same.advanceTo(101);
        assertEquals(same.state().hash(), m.state().hash());
        assertEquals(40, m.timeline().get(7, 1).tick());
        assertNotEquals(0, hash);
    }
}
