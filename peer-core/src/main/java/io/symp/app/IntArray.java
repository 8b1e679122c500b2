package io.symp.app;

/** A fixed-length array of 32-bit integers in the state, made by {@link StateLayout.Builder#intArray}. */
public final class IntArray {
    private final int offset;
    private final int length;

    IntArray(int offset, int length) {
        this.offset = offset;
        this.length = length;
    }

    /** @throws IndexOutOfBoundsException outside 0..length-1 */
    public int get(StateView state, int index) {
        return state.getInt(offset + 4 * java.util.Objects.checkIndex(index, length));
    }

    /** @throws IndexOutOfBoundsException outside 0..length-1 */
    public void set(State state, int index, int value) {
        state.putInt(offset + 4 * java.util.Objects.checkIndex(index, length), value);
    }

    /** Sets every element to {@code value}. */
    public void fill(State state, int value) {
        for (int i = 0; i < length; i++) {
            state.putInt(offset + 4 * i, value);
        }
    }

    public int length() {
        return length;
    }

    /** The byte offset of element 0 in the state. */
    public int offset() {
        return offset;
    }
}
