package io.symp.app;

import java.nio.charset.StandardCharsets;

/**
 * A named range of the state that tools can decode ({@code x=12 y=40} instead of hex).
 * Describing fields is optional; undescribed bytes are shown in hex.
 */
public record StateField(String name, int offset, FieldKind kind, int length) {
    public StateField {
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("field " + name + ": bad offset/length " + offset + "/" + length);
        }
    }

    public static StateField i32(String name, int offset) {
        return new StateField(name, offset, FieldKind.I32, 4);
    }

    public static StateField i64(String name, int offset) {
        return new StateField(name, offset, FieldKind.I64, 8);
    }

    public static StateField u8(String name, int offset) {
        return new StateField(name, offset, FieldKind.U8, 1);
    }

    public static StateField text(String name, int offset, int capacity) {
        return new StateField(name, offset, FieldKind.TEXT, capacity);
    }

    /** Whether the byte at {@code offset} belongs to this field. */
    public boolean covers(int offset) {
        return offset >= this.offset && offset < this.offset + length;
    }

    /**
     * The field's value in {@code state}, as text: a number, or a text field quoted and escaped
     * as the REPL takes a text argument ({@code "say \"hi\""}).
     */
    public String format(StateView state) {
        return switch (kind) {
            case U8 -> Integer.toString(state.getByte(offset) & 0xFF);
            case I32 -> Integer.toString(state.getInt(offset));
            case I64 -> Long.toString(state.getLong(offset));
            case TEXT -> ArgSyntax.quote(text(state));
        };
    }

    /**
     * A {@link FieldKind#TEXT} field's text as stored (up to its first zero byte), unquoted.
     *
     * @throws IllegalStateException for a field of another kind
     */
    public String text(StateView state) {
        if (kind != FieldKind.TEXT) {
            throw new IllegalStateException("field " + name + " is " + kind + ", not text");
        }
        byte[] bytes = new byte[length];
        int n = 0;
        while (n < length && state.getByte(offset + n) != 0) {
            bytes[n] = state.getByte(offset + n);
            n++;
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }
}
