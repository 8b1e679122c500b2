package io.symp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.app.EventArgs;
import io.symp.app.builtin.CounterApp;
import org.junit.jupiter.api.Test;

class ThrowingAppTest {
    /** Failed before text arguments were read as bytes: {@code e.arg(i)} of a text throws. */
    @Test
    void shouldDecideFromTextAndBytesArgumentsToo() {
        ThrowingApp app = new ThrowingApp(new CounterApp(), 50);
        int throwing = 0;
        for (int i = 0; i < 200; i++) {
            Event e = new Event(1, 1, 1 + i, 0, EventArgs.builder().text("line " + i).bytes(new byte[] {(byte) i}).build());
            throwing += app.throwsFor(e) ? 1 : 0;
            assertEquals(app.throwsFor(e), app.throwsFor(new Event(9, 2, 7, 0, e.args())), "from type and arguments only");
        }
        assertTrue(throwing > 50 && throwing < 150, throwing + " of 200 at 50%");
    }
}
