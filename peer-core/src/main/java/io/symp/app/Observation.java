package io.symp.app;

/**
 * What {@link SymmetricApp#observe(Observation)} is given for the live tick just reached: the
 * tick, a read-only view of its state, and how far the timeline is settled.
 *
 * <p><b>Settled.</b> A tick is settled when no event this peer could still take can change it.
 * A peer takes a late event as long as it holds a snapshot before the event's tick and refuses
 * older ones, so every tick up to its oldest snapshot is final: that is {@link #settledTick()}.
 * How far back it lies depends on the snapshot history: symp's spaced snapshots keep the
 * oldest one until the peer folds its history (when it holds more than
 * {@code Limits.TIMELINE_EVENTS_MAX} events), so that partitions of any length still heal;
 * the paper's protocol keeps {@code K × (slots − 1)} ticks. Newer ticks may still change when
 * a late event arrives, however unlikely: the network's delay is not bounded. So the observed
 * tick itself is in practice not settled: show {@link #state()} now, and keep output that
 * must never be taken back (a final score, a payment) for ticks up to {@link #settledTick()}.
 * (A peer that adopts a neighbour's snapshot, because it lacked the history, starts its
 * settled ticks again from that snapshot.)
 *
 * <p>Valid only during the call: the view reads the live state through, and the object is
 * reused for the next tick.
 */
public interface Observation {
    /** The live tick just reached. */
    long tick();

    /** The state at {@link #tick()}, read only (no cast reaches the live state). */
    StateView state();

    /** The newest tick no event this peer would still take can change (see the class comment). */
    long settledTick();

    /** Whether {@link #tick()} itself is settled: {@code tick() <= settledTick()}. */
    default boolean settled() {
        return tick() <= settledTick();
    }
}
