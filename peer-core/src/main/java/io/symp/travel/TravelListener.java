package io.symp.travel;

import io.symp.app.StateView;

/** What a time machine tells its owner: live ticks reached and journeys into the past. */
public interface TravelListener {
    TravelListener NONE = new TravelListener() {};

    /** A tick simulated live (never called while re-simulating). */
    default void ticked(long tick, StateView state) {}

    /** A rollback from {@code fromTick} back to {@code toTick} (the late event's tick - 1),
     *  restoring the snapshot of {@code snapshotTick}, then re-simulated to {@code fromTick}. */
    default void travelled(long fromTick, long toTick, long snapshotTick) {}
}
