package io.symp.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.app.EventArgs;
import org.junit.jupiter.api.Test;

class ArgsCodecTest {
    private static byte[] frame(FrameWriter args) {
        FrameWriter w = new FrameWriter(64);
        w.byte1(MessageCodec.EVENT).varint(5).fixed64(9).varint(1).varint(0).raw(args).varint(0);
        return w.toByteArray();
    }

    private static Event decoded(FrameWriter args) throws MalformedFrameException {
        byte[] f = frame(args);
        return ((EventMessage) MessageCodec.decode(f, 0, f.length)).event();
    }

    @Test
    void shouldRoundTripTextsBytesAndNumbers() throws MalformedFrameException {
        EventArgs args = EventArgs.builder().number(-3).text("héllo \"w\" 😀").bytes(new byte[] {0, -1, 7})
                .text("").bytes(new byte[0]).build();
        Event e = new Event(10, 1, 2, 3, args);
        byte[] f = MessageCodec.encode(new EventMessage(e, 4));
        Event back = ((EventMessage) MessageCodec.decode(f, 0, f.length)).event();
        assertEquals(e, back);
        assertEquals("héllo \"w\" 😀", back.textArg(1));
        assertArrayEquals(new byte[] {0, -1, 7}, back.bytesArg(2));
        assertEquals(-3, back.arg(0));
    }

    @Test
    void shouldKeepTheNumbersOnlyFormOfEarlierEvents() throws MalformedFrameException {
        FrameWriter old = new FrameWriter(16).varint(2 << 1).zigzag(-1).zigzag(300);
        assertEquals(new Event(5, 9, 1, 0, -1, 300), decoded(old));
        byte[] f = MessageCodec.encode(new EventMessage(new Event(5, 9, 1, 0, -1, 300), 0));
        assertArrayEquals(frame(old), f, "a numbers-only event is written as before, byte for byte");
    }

    @Test
    void shouldRefuseAnOverlongStringBeforeAllocatingIt() {
        FrameWriter huge = new FrameWriter(16).varint(1 << 1 | 1).byte1(ArgsCodec.BYTES).varint(Integer.MAX_VALUE);
        MalformedFrameException e = assertThrows(MalformedFrameException.class, () -> decoded(huge));
        assertTrue(e.getMessage().contains("bytes argument length"), e.getMessage());
        FrameWriter justOver = new FrameWriter(16).varint(1 << 1 | 1).byte1(ArgsCodec.TEXT)
                .bytes(new byte[WireLimits.ARG_BYTES_MAX + 1]);
        assertThrows(MalformedFrameException.class, () -> decoded(justOver));
        FrameWriter atBound = new FrameWriter(16).varint(1 << 1 | 1).byte1(ArgsCodec.BYTES)
                .bytes(new byte[WireLimits.ARG_BYTES_MAX]);
        assertDoesNotThrowMalformed(atBound);
    }

    @Test
    void shouldRefuseStringsOverTheEventsBudgetTogether() {
        FrameWriter two = new FrameWriter(16).varint(2 << 1 | 1).byte1(ArgsCodec.BYTES).bytes(new byte[200])
                .byte1(ArgsCodec.BYTES).bytes(new byte[io.symp.peer.Limits.EVENT_STRING_BYTES_MAX - 199]);
        MalformedFrameException e = assertThrows(MalformedFrameException.class, () -> decoded(two));
        assertTrue(e.getMessage().contains("together"), e.getMessage());
    }

    private static void assertDoesNotThrowMalformed(FrameWriter args) {
        try {
            assertEquals(WireLimits.ARG_BYTES_MAX, decoded(args).bytesArg(0).length);
        } catch (MalformedFrameException e) {
            throw new AssertionError("refused at the bound: " + e.getMessage(), e);
        }
    }

    @Test
    void shouldRefuseInvalidUtf8AsAMalformedFrame() {
        byte[][] invalid = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xc0, (byte) 0x80}, {'a', (byte) 0x80}};
        for (byte[] b : invalid) {
            FrameWriter w = new FrameWriter(16).varint(1 << 1 | 1).byte1(ArgsCodec.TEXT).bytes(b);
            MalformedFrameException e = assertThrows(MalformedFrameException.class, () -> decoded(w));
            assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        }
    }

    @Test
    void shouldRefuseAnUnknownTagTooManyArgumentsAndATaggedFormWithoutStrings() {
        FrameWriter tag = new FrameWriter(16).varint(1 << 1 | 1).byte1(3).varint(0);
        assertTrue(assertThrows(MalformedFrameException.class, () -> decoded(tag)).getMessage().contains("tag 3"));
        FrameWriter many = new FrameWriter(16).varint((WireLimits.EVENT_ARGS_MAX + 1) << 1);
        assertThrows(MalformedFrameException.class, () -> decoded(many));
        FrameWriter numbersTagged = new FrameWriter(16).varint(1 << 1 | 1).byte1(ArgsCodec.NUMBER).zigzag(4);
        assertThrows(MalformedFrameException.class, () -> decoded(numbersTagged), "one encoding per argument list");
    }
}
