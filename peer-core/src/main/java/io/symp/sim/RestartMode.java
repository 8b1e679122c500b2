package io.symp.sim;

/** How a peer comes back after churn, as a user restarts {@code symp peer}. */
public enum RestartMode {
    /**
     * Started again with its {@code --id}: its events carry whatever origin {@code symp peer}
     * gives a run of that id (see {@link SimPeer#originOf}), numbered afresh.
     */
    SAME_ID,
    /** Started with a new {@code --id}: its events carry a new origin. */
    NEW_ID
}
