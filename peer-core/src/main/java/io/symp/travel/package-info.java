/**
 * The time machine: snapshots in a bounded, preallocated ring, and rollback by restoring the
 * newest snapshot before a late event and re-simulating. Cost is bounded by the snapshot
 * interval plus the depth; the reach back is bounded by the ring (events older than that are
 * refused with a reason).
 */
package io.symp.travel;
