package io.symp.app;

/** A 64-bit integer of the state, made by {@link StateLayout.Builder#i64}. */
public final class LongField {
    private final int offset;

    LongField(int offset) {
        this.offset = offset;
    }

    public long get(StateView state) {
        return state.getLong(offset);
    }

    public void set(State state, long value) {
        state.putLong(offset, value);
    }

    /** Adds {@code delta} and returns the new value. */
    public long add(State state, long delta) {
        long value = state.getLong(offset) + delta;
        state.putLong(offset, value);
        return value;
    }

    /** The byte offset in the state. */
    public int offset() {
        return offset;
    }
}
