package io.symp.app;

/** A fixed-length array of 64-bit integers in the state, made by {@link StateLayout.Builder#longArray}. */
public final class LongArray {
    private final int offset;
    private final int length;

    LongArray(int offset, int length) {
        this.offset = offset;
        this.length = length;
    }

    /** @throws IndexOutOfBoundsException outside 0..length-1 */
    public long get(StateView state, int index) {
        return state.getLong(offset + 8 * java.util.Objects.checkIndex(index, length));
    }

    /** @throws IndexOutOfBoundsException outside 0..length-1 */
    public void set(State state, int index, long value) {
        state.putLong(offset + 8 * java.util.Objects.checkIndex(index, length), value);
    }

    public int length() {
        return length;
    }

    /** The byte offset of element 0 in the state. */
    public int offset() {
        return offset;
    }
}
