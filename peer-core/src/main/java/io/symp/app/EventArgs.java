package io.symp.app;

import io.symp.peer.Limits;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The argument values of one event, in order: numbers ({@link ArgKind#INT}, {@link ArgKind#LONG},
 * {@link ArgKind#CHAR}), UTF-8 text ({@link ArgKind#TEXT}) and byte strings
 * ({@link ArgKind#BYTES}). Immutable: what goes in is copied, what comes out is a copy. A text
 * or byte string holds at most {@link Limits#ARG_BYTES_MAX} bytes, all of an event's together
 * at most {@link Limits#EVENT_STRING_BYTES_MAX}, and a text is valid UTF-8: no value outside
 * those bounds can be built, so none reaches the wire or a log.
 *
 * <pre>{@code
 * peer.emit(SAY, EventArgs.builder().text("hello").build());
 * EventArgs.of(3, -1);                           // numbers only, as emit(type, 3, -1)
 * }</pre>
 */
public final class EventArgs {
    private static final EventArgs NONE = new EventArgs(new long[0], null, null);

    private final long[] numbers;
    /** Null when every value is a number; else the bytes of each string value (null for numbers). */
    private final byte[][] strings;
    /** Null when every value is a number; else whether each string value is text. */
    private final boolean[] text;

    private EventArgs(long[] numbers, byte[][] strings, boolean[] text) {
        this.numbers = numbers;
        this.strings = strings;
        this.text = text;
    }

    /** Numbers only (a copy of {@code numbers}). */
    public static EventArgs of(long... numbers) {
        return numbers.length == 0 ? NONE : new EventArgs(numbers.clone(), null, null);
    }

    /** A builder that appends values in order. */
    public static Builder builder() {
        return new Builder();
    }

    public int count() {
        return numbers.length;
    }

    /** Whether value {@code index} is a number (an INT, LONG or CHAR argument). */
    public boolean isNumber(int index) {
        check(index);
        return strings == null || strings[index] == null;
    }

    /** Whether value {@code index} is text. */
    public boolean isText(int index) {
        return !isNumber(index) && text[index];
    }

    /** Whether value {@code index} is a byte string. */
    public boolean isBytes(int index) {
        return !isNumber(index) && !text[index];
    }

    /** Whether every value is a number (as for every event before text arguments existed). */
    public boolean numbersOnly() {
        return strings == null;
    }

    /**
     * Number {@code index}.
     *
     * @throws IllegalStateException when it is text or a byte string
     */
    public long number(int index) {
        if (!isNumber(index)) {
            throw new IllegalStateException("argument " + index + " is " + kindName(index) + ", not a number");
        }
        return numbers[index];
    }

    /**
     * Text {@code index}.
     *
     * @throws IllegalStateException when it is not text
     */
    public String text(int index) {
        if (!isText(index)) {
            throw new IllegalStateException("argument " + index + " is " + kindName(index) + ", not text");
        }
        return new String(strings[index], StandardCharsets.UTF_8);
    }

    /**
     * A copy of the bytes of string value {@code index}: a byte string, or a text's UTF-8.
     *
     * @throws IllegalStateException when it is a number
     */
    public byte[] bytes(int index) {
        if (isNumber(index)) {
            throw new IllegalStateException("argument " + index + " is a number, not a string");
        }
        return strings[index].clone();
    }

    /** The byte length of string value {@code index} (its UTF-8 for text). */
    public int byteLength(int index) {
        if (isNumber(index)) {
            throw new IllegalStateException("argument " + index + " is a number, not a string");
        }
        return strings[index].length;
    }

    private String kindName(int index) {
        return isNumber(index) ? "a number" : text[index] ? "text" : "a byte string";
    }

    private void check(int index) {
        if (index < 0 || index >= numbers.length) {
            throw new IndexOutOfBoundsException("argument " + index + " of " + numbers.length);
        }
    }

    /**
     * Value {@code index} as a user types it: a number, a character for CHAR, text in double
     * quotes with {@code \"}, {@code \\}, {@code \n}, {@code \t} and {@code \\uXXXX} escapes,
     * bytes as {@code 0x} and lowercase hex.
     */
    public String format(int index, ArgKind kind) {
        if (isText(index)) {
            return ArgSyntax.quote(text(index));
        }
        if (isBytes(index)) {
            return "0x" + HexFormat.of().formatHex(strings[index]);
        }
        return (kind == null ? ArgKind.LONG : kind).format(numbers[index]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventArgs a && Arrays.equals(numbers, a.numbers)
                && Arrays.deepEquals(strings, a.strings) && Arrays.equals(text, a.text);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(numbers) * 31 + Arrays.deepHashCode(strings);
    }

    /** e.g. {@code [3, "hi", 0x0aff]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < count(); i++) {
            out.append(i > 0 ? ", " : "").append(format(i, ArgKind.LONG));
        }
        return out.append(']').toString();
    }

    /** Appends values in order; {@link #build()} makes the immutable {@link EventArgs}. */
    public static final class Builder {
        private long[] numbers = new long[4];
        private byte[][] strings = new byte[4][];
        private boolean[] text = new boolean[4];
        private int count;
        private int stringBytes;
        private boolean anyString;

        private Builder() {}

        /** A number (INT, LONG or CHAR: a code point). */
        public Builder number(long value) {
            grow();
            numbers[count++] = value;
            return this;
        }

        /**
         * A text.
         *
         * @throws IllegalArgumentException when its UTF-8 exceeds {@link Limits#ARG_BYTES_MAX}
         *                                  bytes (or the event's {@link Limits#EVENT_STRING_BYTES_MAX})
         *                                  or it holds an unpaired surrogate
         */
        public Builder text(String value) {
            try {
                ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(value));
                byte[] utf8 = new byte[b.remaining()];
                b.get(utf8);
                return string(utf8, true);
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("text argument is not valid Unicode (an unpaired surrogate)");
            }
        }

        /**
         * A text given as its UTF-8 bytes (copied), as decoders read it.
         *
         * @throws IllegalArgumentException when they exceed {@link Limits#ARG_BYTES_MAX} or are
         *                                  not valid UTF-8
         */
        public Builder utf8(byte[] value) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("text argument of " + value.length + " bytes is not valid UTF-8");
            }
            return string(value.clone(), true);
        }

        /**
         * A byte string (copied).
         *
         * @throws IllegalArgumentException when it exceeds {@link Limits#ARG_BYTES_MAX} bytes (or
         *                                  the event's {@link Limits#EVENT_STRING_BYTES_MAX})
         */
        public Builder bytes(byte[] value) {
            return string(value.clone(), false);
        }

        private Builder string(byte[] value, boolean isText) {
            if (value.length > Limits.ARG_BYTES_MAX) {
                throw new IllegalArgumentException((isText ? "text" : "byte string") + " argument of "
                        + value.length + " bytes exceeds " + Limits.ARG_BYTES_MAX);
            }
            if (stringBytes + value.length > Limits.EVENT_STRING_BYTES_MAX) {
                throw new IllegalArgumentException("the texts and byte strings of one event exceed "
                        + Limits.EVENT_STRING_BYTES_MAX + " bytes together");
            }
            stringBytes += value.length;
            grow();
            strings[count] = value;
            text[count] = isText;
            count++;
            anyString = true;
            return this;
        }

        private void grow() {
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
                strings = Arrays.copyOf(strings, count * 2);
                text = Arrays.copyOf(text, count * 2);
            }
        }

        public EventArgs build() {
            if (count == 0) {
                return NONE;
            }
            long[] n = Arrays.copyOf(numbers, count);
            return anyString ? new EventArgs(n, Arrays.copyOf(strings, count), Arrays.copyOf(text, count))
                    : new EventArgs(n, null, null);
        }
    }
}
