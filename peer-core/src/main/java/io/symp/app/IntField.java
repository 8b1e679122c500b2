package io.symp.app;

/** A 32-bit integer of the state, made by {@link StateLayout.Builder#i32}. */
public final class IntField {
    private final int offset;

    IntField(int offset) {
        this.offset = offset;
    }

    public int get(StateView state) {
        return state.getInt(offset);
    }

    public void set(State state, int value) {
        state.putInt(offset, value);
    }

    /** Adds {@code delta} and returns the new value. */
    public int add(State state, int delta) {
        int value = state.getInt(offset) + delta;
        state.putInt(offset, value);
        return value;
    }

    /** The byte offset in the state, for {@link State#move} and the like. */
    public int offset() {
        return offset;
    }
}
