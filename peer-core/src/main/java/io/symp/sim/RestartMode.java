package io.symp.sim;

/** How a peer comes back after churn, as a user restarts {@code symp peer}. */
public enum RestartMode {
    /**
     * Started again with its {@code --id}: its neighbours see the same peer come back; its
     * events carry a fresh origin, as every run of {@code symp peer} does.
     */
    SAME_ID,
    /** Started with a new {@code --id}: its neighbours meet a new peer, with a new origin. */
    NEW_ID
}
