package io.symp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgTest {
    @Test
    void shouldAcceptEveryValueOfItsKindWithoutARange() {
        Arg n = new Arg("n", ArgKind.INT);
        assertFalse(n.ranged());
        assertTrue(n.accepts(Integer.MIN_VALUE));
        assertFalse(n.accepts(1L << 40));
        assertEquals("n:int", n.toString());
    }

    @Test
    void shouldRefuseValuesOutsideADeclaredRange() {
        Arg dir = new Arg("dir", ArgKind.INT).range(0, 3);
        assertTrue(dir.ranged());
        assertTrue(dir.accepts(0) && dir.accepts(3));
        assertFalse(dir.accepts(4) || dir.accepts(-1));
        assertNull(dir.problem(2));
        assertEquals("dir = 4 outside 0..3", dir.problem(4));
        assertEquals("dir:int[0..3]", dir.toString());
        assertEquals("ch:char[a..z]", new Arg("ch", ArgKind.CHAR).range('a', 'z').toString());
    }

    @Test
    void shouldRefuseAnEmptyRangeOrOneOutsideTheKind() {
        assertThrows(IllegalArgumentException.class, () -> new Arg("x", ArgKind.INT).range(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Arg("x", ArgKind.INT).range(0, 1L << 40));
        assertThrows(IllegalArgumentException.class, () -> new Arg("c", ArgKind.CHAR).range(-1, 5));
    }

    @Test
    void shouldNameTheArgumentThatIsWrongInAnEvent() {
        EventType t = new EventType(0, "move", List.of(new Arg("dx", ArgKind.INT).range(-1, 1),
                new Arg("dy", ArgKind.INT).range(-1, 1)));
        assertNull(t.problem(new long[] {1, -1}));
        assertEquals("event move: argument dy = 2 outside -1..1", t.problem(new long[] {0, 2}));
        assertEquals("event move takes 2 arguments, got 1", t.problem(new long[] {0}));
        assertEquals("event move: argument dx = 5 outside -1..1", t.problem(new Event(1, 1, 1, 0, 5, 0)));
        assertEquals("move dx:int[-1..1] dy:int[-1..1]", t.usage());
    }
}
