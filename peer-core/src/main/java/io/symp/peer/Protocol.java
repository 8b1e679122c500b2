package io.symp.peer;

/**
 * Which orchestration rules a peer follows. {@link #SYMP} is ours; {@link #PAPER} is the
 * reference algorithm exactly as the paper describes it, kept as a policy inside the same peer so
 * that the simulator can measure both on identical networks.
 */
public enum Protocol {
    /** Version vectors, repair by HAVE, round-trip compensated clock sync, no stamping before sync. */
    SYMP,
    /** Highest-tick-per-origin dedup, whole history on connect, SYNC without compensation. */
    PAPER
}
