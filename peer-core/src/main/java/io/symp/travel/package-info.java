/**
 * The time machine: snapshots in a bounded, preallocated ring, and rollback by restoring the
 * newest snapshot before a late event and re-simulating. Recent snapshots are dense and old
 * ones sparse ({@link io.symp.travel.SnapshotRetention#SPACED}), so a rollback d ticks deep
 * costs O(d) ticks and the reach back is bounded only by the history the peer chooses to keep
 * (events older than that are refused with a reason); the reference's fixed reach is
 * {@link io.symp.travel.SnapshotRetention#RECENT}.
 */
package io.symp.travel;
