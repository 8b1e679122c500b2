package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.EventArgs;
import io.symp.app.EventType;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RandomEventsTest {
    @Test
    void shouldDrawOnlyValuesInsideDeclaredRanges() {
        EventType t = new EventType(0, "go", List.of(new Arg("dir", ArgKind.INT).range(0, 3),
                new Arg("big", ArgKind.LONG).range(Long.MAX_VALUE - 2, Long.MAX_VALUE),
                new Arg("any", ArgKind.LONG).range(Long.MIN_VALUE, Long.MAX_VALUE - 1),
                new Arg("ch", ArgKind.CHAR).range('x', 'z'), new Arg("n", ArgKind.INT)));
        SplittableRandom random = new SplittableRandom(7);
        TreeSet<Long> dirs = new TreeSet<>();
        for (int i = 0; i < 2000; i++) {
            EventArgs args = RandomEvents.args(t, random);
            assertNull(t.problem(args), args::toString);
            assertTrue(args.number(4) >= -100 && args.number(4) <= 100, "unranged: the small default window");
            dirs.add(args.number(0));
        }
        assertTrue(dirs.equals(new TreeSet<>(List.of(0L, 1L, 2L, 3L))), "the whole range is drawn: " + dirs);
    }

    @Test
    void shouldDrawTextsAndBytesOfAllowedLengthsOnly() {
        EventType t = new EventType(0, "say", List.of(new Arg("line", ArgKind.TEXT).range(3, 5),
                new Arg("nick", ArgKind.TEXT), new Arg("blob", ArgKind.BYTES).range(0, 2),
                new Arg("any", ArgKind.BYTES)));
        SplittableRandom random = new SplittableRandom(11);
        TreeSet<Integer> lineLengths = new TreeSet<>();
        for (int i = 0; i < 2000; i++) {
            EventArgs args = RandomEvents.args(t, random);
            assertNull(t.problem(args), args::toString);
            assertTrue(args.isText(0) && args.isText(1) && args.isBytes(2) && args.isBytes(3), args::toString);
            assertTrue(args.byteLength(1) <= RandomEvents.STRING_BYTES_DEFAULT_MAX, "unranged: short texts");
            lineLengths.add(args.byteLength(0));
        }
        assertTrue(lineLengths.equals(new TreeSet<>(List.of(3, 4, 5))), "every length in range: " + lineLengths);
        EventType wide = new EventType(1, "wide", List.of(new Arg("a", ArgKind.TEXT).range(100, 256),
                new Arg("b", ArgKind.BYTES).range(100, 256)));
        for (int i = 0; i < 500; i++) {
            EventArgs args = RandomEvents.args(wide, random);
            assertNull(wide.problem(args), args::toString);
            assertTrue(args.byteLength(0) + args.byteLength(1) <= Limits.EVENT_STRING_BYTES_MAX, args::toString);
        }
    }
}
