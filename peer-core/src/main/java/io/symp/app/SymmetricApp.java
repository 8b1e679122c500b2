package io.symp.app;

/**
 * A deterministic application that every peer runs identically. See the package
 * documentation for the contract and the rules that keep an application deterministic.
 *
 * <p>{@link #start}, {@link #tick} and {@link #event} are the simulation: they may only read and
 * write the {@link State} they are given, and may be called again for the same tick when the
 * middleware travels back in time. {@link #observe} is real-time output and is never called
 * while travelling.
 */
public interface SymmetricApp {
    /** Name, version, state size, event types and (optionally) state fields. Must be constant. */
    AppInfo info();

    /** Sets up the state of tick 0. The state is zeroed before the call. */
    void start(State state);

    /** Advances the state by one tick; called every tick after that tick's events. */
    void tick(State state);

    /** Applies one event at its tick. Events of a tick come in (origin, seq) order. */
    void event(State state, Event event);

    /**
     * Real-time output for the tick just reached (render, print, notify). Called once per tick
     * on the live timeline only, never while travelling; must not change anything the
     * simulation reads.
     */
    default void observe(StateView state, long tick) {}

    /**
     * Real-time output, with more to go on: the tick, a read-only view of its state and the
     * newest settled tick (see {@link Observation}). The middleware calls this one; by
     * default it calls {@link #observe(StateView, long)}, so applications written before it
     * keep working. Override one or the other.
     */
    default void observe(Observation observation) {
        observe(observation.state(), observation.tick());
    }
}
