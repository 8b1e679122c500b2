package io.symp.app;

/** How a described state field is stored and shown by tools. */
public enum FieldKind {
    /** One byte, shown as an unsigned number. */
    U8(1),
    /** A 32-bit signed integer. */
    I32(4),
    /** A 64-bit signed integer. */
    I64(8),
    /** UTF-8 text of a fixed capacity, ended by the first zero byte. */
    TEXT(0);

    private final int width;

    FieldKind(int width) {
        this.width = width;
    }

    /** The width in bytes, or 0 when the field gives its own length. */
    public int width() {
        return width;
    }
}
