package io.symp.travel;

/**
 * Which snapshots a {@link SnapshotRing} keeps when all its slots are full.
 *
 * <ul>
 *   <li>{@link #RECENT}: the newest {@code slots} snapshots, one every interval; the reach back is
 *       fixed, {@code interval × (slots − 1)} ticks (the reference's bounded history).
 *   <li>{@link #SPACED}: dense recent, sparse old. The oldest snapshot is kept until the history
 *       is folded on purpose ({@link SnapshotRing#dropOldest()}); between it and the newest,
 *       snapshots thin out so that the gap near a snapshot grows in proportion to its age. The
 *       reach is then unbounded with a fixed number of slots (O(log T) of them suffice for a
 *       history of T ticks), and a rollback d ticks deep still re-simulates O(d) ticks.
 * </ul>
 */
public enum SnapshotRetention {
    RECENT,
    SPACED
}
