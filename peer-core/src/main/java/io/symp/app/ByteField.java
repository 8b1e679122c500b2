package io.symp.app;

/** One byte of the state, read as 0..255, made by {@link StateLayout.Builder#u8}. */
public final class ByteField {
    private final int offset;

    ByteField(int offset) {
        this.offset = offset;
    }

    /** The byte as an unsigned value, 0..255. */
    public int get(StateView state) {
        return state.getByte(offset) & 0xFF;
    }

    /** Stores the low 8 bits of {@code value}. */
    public void set(State state, int value) {
        state.putByte(offset, (byte) value);
    }

    /** The byte offset in the state. */
    public int offset() {
        return offset;
    }
}
