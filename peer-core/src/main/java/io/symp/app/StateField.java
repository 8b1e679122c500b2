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

    /** The field's value in {@code state}, as text. */
    public String format(StateView state) {
        return switch (kind) {
            case U8 -> Integer.toString(state.getByte(offset) & 0xFF);
            case I32 -> Integer.toString(state.getInt(offset));
            case I64 -> Long.toString(state.getLong(offset));
            case TEXT -> '"' + text(state) + '"';
        };
    }

    private String text(StateView state) {
        byte[] bytes = new byte[length];
        int n = 0;
        while (n < length && state.getByte(offset + n) != 0) {
            bytes[n] = state.getByte(offset + n);
            n++;
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }
}
