package io.symp.app;

/** A fixed-length array of bytes (0..255) in the state, made by {@link StateLayout.Builder#byteArray}. */
public final class ByteArray {
    private final int offset;
    private final int length;

    ByteArray(int offset, int length) {
        this.offset = offset;
        this.length = length;
    }

    /** Element {@code index} as an unsigned value, 0..255. @throws IndexOutOfBoundsException */
    public int get(StateView state, int index) {
        return state.getByte(offset + java.util.Objects.checkIndex(index, length)) & 0xFF;
    }

    /** Stores the low 8 bits of {@code value}. @throws IndexOutOfBoundsException */
    public void set(State state, int index, int value) {
        state.putByte(offset + java.util.Objects.checkIndex(index, length), (byte) value);
    }

    /** Sets every element to {@code value}. */
    public void fill(State state, int value) {
        state.fill(offset, length, (byte) value);
    }

    public int length() {
        return length;
    }

    /** The byte offset of element 0 in the state. */
    public int offset() {
        return offset;
    }
}
