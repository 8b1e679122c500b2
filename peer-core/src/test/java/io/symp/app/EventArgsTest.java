package io.symp.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.peer.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventArgsTest {
    @Test
    void shouldBeImmutableInAndOut() {
        byte[] given = {1, 2, 3};
        EventArgs args = EventArgs.builder().bytes(given).text("hi").build();
        given[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, args.bytes(0), "copied in");
        args.bytes(0)[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, args.bytes(0), "copied out");
        Event e = new Event(1, 2, 3, 0, args);
        e.bytesArg(0)[2] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, e.bytesArg(0));
    }

    @Test
    void shouldKeepOldEventsEqualAndReadableAsBefore() {
        Event old = new Event(5, 1, 2, 0, 7, -3);
        assertEquals(old, new Event(5, 1, 2, 0, EventArgs.of(7, -3)));
        assertEquals(old.hashCode(), new Event(5, 1, 2, 0, EventArgs.builder().number(7).number(-3).build()).hashCode());
        assertEquals(-3, old.arg(1));
        assertEquals(7, old.intArg(0));
        assertEquals("Event{tick=5, origin=1, seq=2, type=0, args=[7, -3]}", old.toString());
    }

    @Test
    void shouldTellTextsFromBytesInEqualityAndText() {
        Event text = new Event(5, 1, 2, 0, EventArgs.builder().text("ab").build());
        Event bytes = new Event(5, 1, 2, 0, EventArgs.builder().bytes(new byte[] {'a', 'b'}).build());
        assertNotEquals(text, bytes);
        assertEquals(text, new Event(5, 1, 2, 0, EventArgs.builder().utf8(new byte[] {'a', 'b'}).build()));
        assertEquals("Event{tick=5, origin=1, seq=2, type=0, args=[\"ab\"]}", text.toString());
        assertEquals("Event{tick=5, origin=1, seq=2, type=0, args=[0x6162]}", bytes.toString());
        assertEquals("ab", text.textArg(0));
        assertArrayEquals(new byte[] {'a', 'b'}, text.bytesArg(0), "a text's UTF-8");
        assertThrows(IllegalStateException.class, () -> text.arg(0));
        assertThrows(IllegalStateException.class, () -> bytes.textArg(0));
        assertThrows(IllegalStateException.class, () -> new Event(1, 1, 1, 0, 4).textArg(0));
    }

    @Test
    void shouldRefuseTextsOverTheBoundAndInvalidUnicode() {
        String longest = "é".repeat(Limits.ARG_BYTES_MAX / 2);
        assertEquals(Limits.ARG_BYTES_MAX, EventArgs.builder().text(longest).build().byteLength(0));
        assertThrows(IllegalArgumentException.class, () -> EventArgs.builder().text(longest + "a"));
        assertThrows(IllegalArgumentException.class, () -> EventArgs.builder().bytes(new byte[Limits.ARG_BYTES_MAX + 1]));
        assertThrows(IllegalArgumentException.class, () -> EventArgs.builder().text("a\ud800"), "unpaired surrogate");
        EventArgs.Builder two = EventArgs.builder().text("x".repeat(Limits.EVENT_STRING_BYTES_MAX - 1));
        IllegalArgumentException total = assertThrows(IllegalArgumentException.class, () -> two.bytes(new byte[2]));
        assertEquals("the texts and byte strings of one event exceed 256 bytes together", total.getMessage());
        two.bytes(new byte[1]);
        assertThrows(IllegalArgumentException.class, () -> new EventType(0, "big", List.of(
                new Arg("a", ArgKind.TEXT).range(200, 256), new Arg("b", ArgKind.BYTES).range(100, 200))),
                "no event could carry both");
        assertThrows(IllegalArgumentException.class, () -> EventArgs.builder().utf8(new byte[] {(byte) 0xc3}));
    }

    @Test
    void shouldCheckKindsAndLengthRanges() {
        EventType say = new EventType(0, "say", List.of(new Arg("line", ArgKind.TEXT).range(1, 4),
                new Arg("key", ArgKind.BYTES)));
        assertNull(say.problem(EventArgs.builder().text("hi").bytes(new byte[2]).build()));
        assertEquals("event say: argument line of 0 bytes outside 1..4 bytes",
                say.problem(EventArgs.builder().text("").bytes(new byte[2]).build()));
        assertEquals("event say: argument line of 6 bytes outside 1..4 bytes",
                say.problem(EventArgs.builder().text("ééé").bytes(new byte[2]).build()), "bytes, not characters");
        assertEquals("event say: argument line must be text, got bytes",
                say.problem(EventArgs.builder().bytes(new byte[1]).bytes(new byte[2]).build()));
        assertEquals("event say: argument line must be text, got a number", say.problem(new long[] {1, 2}));
        assertEquals("event say: argument key must be bytes, got text",
                say.problem(EventArgs.builder().text("a").text("b").build()));
        EventType n = new EventType(0, "n", List.of(new Arg("x", ArgKind.INT)));
        assertEquals("event n: argument x must be int, got text", n.problem(EventArgs.builder().text("1").build()));
        assertEquals("say line:text[1..4] key:bytes", say.usage());
        assertThrows(IllegalArgumentException.class, () -> new Arg("line", ArgKind.TEXT).range(0, Limits.ARG_BYTES_MAX + 1));
    }

    @Test
    void shouldParseAndFormatWhatAUserTypes() {
        EventArgs.Builder b = EventArgs.builder();
        ArgKind.TEXT.parseInto(b, "\"say \\\"hi\\\"\\n\\u00e9\"");
        ArgKind.TEXT.parseInto(b, "bare");
        ArgKind.BYTES.parseInto(b, "0x0aFF");
        ArgKind.BYTES.parseInto(b, "0x");
        ArgKind.INT.parseInto(b, "-4");
        EventArgs args = b.build();
        assertEquals("say \"hi\"\né", args.text(0));
        assertEquals("bare", args.text(1));
        assertArrayEquals(new byte[] {10, -1}, args.bytes(2));
        assertEquals(0, args.byteLength(3));
        assertEquals(-4, args.number(4));
        assertEquals("\"say \\\"hi\\\"\\né\"", args.format(0, ArgKind.TEXT));
        assertEquals("0x0aff", args.format(2, ArgKind.BYTES));
        EventArgs.Builder again = EventArgs.builder();
        ArgKind.TEXT.parseInto(again, args.format(0, ArgKind.TEXT));
        assertEquals(args.text(0), again.build().text(0), "what is shown parses back");
        for (String bad : List.of("\"open", "\"a\"b\"", "\"\\q\"", "\"\\u12\"", "\"\\\"")) {
            assertThrows(IllegalArgumentException.class, () -> ArgKind.TEXT.parseInto(EventArgs.builder(), bad), bad);
        }
        for (String bad : List.of("0a", "0x1", "0xzz", "")) {
            assertThrows(IllegalArgumentException.class, () -> ArgKind.BYTES.parseInto(EventArgs.builder(), bad), bad);
        }
    }
}
