package io.symp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateLayoutTest {
    @Test
    void shouldLayFieldsOutInOrderWithoutGaps() {
        StateLayout.Builder b = StateLayout.builder();
        IntField score = b.i32("score");
        LongField total = b.i64("total");
        ByteField flag = b.u8("flag");
        IntArray cells = b.intArray("cells", 3);
        LongArray times = b.longArray("times", 2);
        ByteArray marks = b.byteArray("marks", 2);
        TextField name = b.text("name", 8);
        StateLayout layout = b.build();

        assertEquals(List.of(0, 4, 12, 13, 25, 41, 43), List.of(score.offset(), total.offset(),
                flag.offset(), cells.offset(), times.offset(), marks.offset(), name.offset()));
        assertEquals(51, layout.size());
        assertEquals(List.of("score", "total", "flag", "cells[0]", "cells[1]", "cells[2]", "times[0]",
                "times[1]", "marks[0]", "marks[1]", "name"),
                layout.fields().stream().map(StateField::name).toList());
        assertEquals(new StateField("cells[2]", 21, FieldKind.I32, 4), layout.fields().get(5));
    }

    @Test
    void shouldReadBackWhatEachAccessorWrote() {
        StateLayout.Builder b = StateLayout.builder();
        IntField score = b.i32("score");
        LongField total = b.i64("total");
        ByteField flag = b.u8("flag");
        IntArray cells = b.intArray("cells", 3);
        LongArray times = b.longArray("times", 2);
        ByteArray marks = b.byteArray("marks", 2);
        TextField name = b.text("name", 5);
        State s = new State(b.build().size());

        score.set(s, -7);
        assertEquals(-4, score.add(s, 3));
        total.set(s, 1L << 40);
        flag.set(s, 200);
        cells.fill(s, 9);
        cells.set(s, 1, -1);
        times.set(s, 1, Long.MIN_VALUE);
        marks.set(s, 0, 255);
        assertEquals(4, name.set(s, "hellé"), "cut at a character boundary to fit 5 bytes");

        assertEquals(-4, score.get(s));
        assertEquals(1L << 40, total.get(s));
        assertEquals(200, flag.get(s));
        assertEquals(List.of(9, -1, 9), List.of(cells.get(s, 0), cells.get(s, 1), cells.get(s, 2)));
        assertEquals(Long.MIN_VALUE, times.get(s, 1));
        assertEquals(255, marks.get(s.view(), 0));
        assertEquals("hell", name.get(s.view()));
        assertThrows(IndexOutOfBoundsException.class, () -> cells.get(s, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> marks.set(s, -1, 0));
    }

    @Test
    void shouldGiveAppInfoTheLayoutsSizeAndFields() {
        StateLayout.Builder b = StateLayout.builder();
        b.i32("x");
        b.intArray("cells", 4);
        StateLayout layout = b.build();
        AppInfo info = AppInfo.builder("grid", 1, layout).event("tap").build();
        assertEquals(20, info.stateSize());
        assertEquals(layout.fields(), info.fields());
        assertThrows(IllegalStateException.class, () -> b.i32("late"), "nothing after build");
        assertThrows(IllegalArgumentException.class, () -> StateLayout.builder().intArray("none", 0));
    }

    @Test
    void shouldNotLetAViewBeCastBackToTheState() {
        State s = new State(4);
        StateView view = s.view();
        assertEquals(false, view instanceof State);
        s.putInt(0, 42);
        assertEquals(42, view.getInt(0), "reads through");
        assertEquals(s.hash(), view.hash());
    }
}
