package io.symp.app;

/**
 * A read-only window on a live {@link State}: what {@code observe} is given, so that no cast
 * reaches the bytes the simulation writes. It reads through (no copy): valid for the call.
 */
final class ReadOnlyState implements StateView {
    private final State state;

    ReadOnlyState(State state) {
        this.state = state;
    }

    @Override
    public int size() {
        return state.size();
    }

    @Override
    public byte getByte(int offset) {
        return state.getByte(offset);
    }

    @Override
    public int getInt(int offset) {
        return state.getInt(offset);
    }

    @Override
    public long getLong(int offset) {
        return state.getLong(offset);
    }

    @Override
    public long hash() {
        return state.hash();
    }

    @Override
    public String toString() {
        return "StateView{" + state.size() + " bytes}";
    }
}
