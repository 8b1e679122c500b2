package io.symp.net;

/**
 * The links of a peer that were refused at the handshake (another app
 * build, session, tick rate or secret): how many, and the latest reason. Read from any thread,
 * so that a program can tell a peer that nobody will link with from one that is merely early.
 */
public final class LinkAttempts {
    private long refusals;
    private String lastRefusal;

    synchronized void closed(boolean refused, String reason) {
        if (refused) {
            refusals++;
            lastRefusal = reason;
        }
    }

    /** Links refused at the handshake, dialled or accepted, by either side. */
    public synchronized long refusals() {
        return refusals;
    }

    /** Why the latest link was refused, or null if none was. */
    public synchronized String lastRefusal() {
        return lastRefusal;
    }
}
