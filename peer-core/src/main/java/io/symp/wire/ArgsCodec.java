package io.symp.wire;

import io.symp.app.EventArgs;

/**
 * The wire form of an event's arguments (docs/PROTOCOL.md). A header varint {@code argc << 1}
 * when every argument is a number, then each as a zigzag varint (the form of every event before
 * text arguments); else {@code argc << 1 | 1}, then each as a tag byte and its value: 0 and a
 * zigzag varint for a number, 1 for UTF-8 text or 2 for bytes, each followed by a varint length
 * (at most {@link WireLimits#ARG_BYTES_MAX}, all of them together at most
 * {@link io.symp.peer.Limits#EVENT_STRING_BYTES_MAX}) and the bytes. The decoder checks every
 * length before it allocates, refuses text that is not valid UTF-8 and a tagged form without a
 * string (so every argument list has one encoding).
 */
final class ArgsCodec {
    static final int NUMBER = 0;
    static final int TEXT = 1;
    static final int BYTES = 2;

    private ArgsCodec() {}

    /** Writes {@code args}; the caller has checked their count against {@link WireLimits#EVENT_ARGS_MAX}. */
    static void write(FrameWriter w, EventArgs args) {
        int argc = args.count();
        if (args.numbersOnly()) {
            w.varint((long) argc << 1);
            for (int i = 0; i < argc; i++) {
                w.zigzag(args.number(i));
            }
            return;
        }
        w.varint(((long) argc << 1) | 1);
        for (int i = 0; i < argc; i++) {
            if (args.isNumber(i)) {
                w.byte1(NUMBER).zigzag(args.number(i));
            } else {
                w.byte1(args.isText(i) ? TEXT : BYTES).bytes(args.bytes(i));
            }
        }
    }

    static EventArgs read(FrameReader r) throws MalformedFrameException {
        long header = r.varint();
        long argc = header >>> 1;
        if (header < 0 || argc > WireLimits.EVENT_ARGS_MAX) {
            throw new MalformedFrameException("event argument count " + argc + " out of range 0.."
                    + WireLimits.EVENT_ARGS_MAX);
        }
        if ((header & 1) == 0) {
            long[] numbers = new long[(int) argc];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = r.zigzag();
            }
            return EventArgs.of(numbers);
        }
        EventArgs.Builder args = EventArgs.builder();
        boolean anyString = false;
        for (int i = 0; i < argc; i++) {
            int tag = r.byte1();
            switch (tag) {
                case NUMBER -> args.number(r.zigzag());
                case TEXT -> text(args, r.bytes(WireLimits.ARG_BYTES_MAX, "text argument"));
                case BYTES -> bytes(args, r.bytes(WireLimits.ARG_BYTES_MAX, "bytes argument"));
                default -> throw new MalformedFrameException("event argument tag " + tag + " (0, 1 or 2)");
            }
            anyString |= tag != NUMBER;
        }
        if (!anyString) {
            throw new MalformedFrameException("tagged event arguments without a text or bytes argument");
        }
        return args.build();
    }

    private static void bytes(EventArgs.Builder args, byte[] b) throws MalformedFrameException {
        try {
            args.bytes(b);
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException(e.getMessage());
        }
    }

    private static void text(EventArgs.Builder args, byte[] utf8) throws MalformedFrameException {
        try {
            args.utf8(utf8);
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException(e.getMessage());
        }
    }
}
