package io.symp.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.app.Event;
import org.junit.jupiter.api.Test;

class LateEventsTest {
    @Test
    void shouldRememberWhetherAnEventWasLate() {
        LateEvents late = new LateEvents();
        Event onTime = new Event(10, 1, 1, 0);
        Event tardy = new Event(5, 2, 1, 0);
        late.eventAccepted(onTime, 3, false);
        late.eventAccepted(tardy, 9, true);
        assertEquals("on time", late.describe(onTime));
        assertEquals("late", late.describe(tardy));
        assertEquals("?", late.describe(new Event(5, 3, 1, 0)));
    }

    @Test
    void shouldForgetTheOldestBeyondItsCapacity() {
        LateEvents late = new LateEvents();
        Event first = new Event(1, 1, 1, 0);
        late.eventAccepted(first, 1, true);
        for (long seq = 2; seq <= LateEvents.CAPACITY + 1; seq++) {
            late.eventAccepted(new Event(1, 1, seq, 0), 1, false);
        }
        assertEquals("?", late.describe(first));
        assertEquals("on time", late.describe(new Event(1, 1, 2, 0)));
    }
}
