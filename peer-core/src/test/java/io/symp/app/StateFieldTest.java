package io.symp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StateFieldTest {
    @Test
    void shouldShowTextQuotedAndEscapedAsTheReplTakesIt() {
        StateLayout.Builder l = StateLayout.builder();
        IntField n = l.i32("n");
        TextField line = l.text("line", 40);
        StateLayout layout = l.build();
        State s = new State(layout.size());
        n.set(s, -3);
        line.set(s, "say \"hi\"\\\n");
        StateField text = layout.fields().get(1);
        assertEquals("\"say \\\"hi\\\"\\\\\\n\"", text.format(s));
        assertEquals("say \"hi\"\\\n", text.text(s), "unquoted, as stored");
        EventArgs.Builder typed = EventArgs.builder();
        ArgKind.TEXT.parseInto(typed, text.format(s));
        assertEquals(line.get(s), typed.build().text(0), "what is shown types back");
        assertEquals("-3", layout.fields().get(0).format(s));
        assertThrows(IllegalStateException.class, () -> layout.fields().get(0).text(s));
    }
}
