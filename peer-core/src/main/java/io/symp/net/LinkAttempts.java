package io.symp.net;

/**
 * The links a peer dialled that were refused at the handshake for a reason that stays (another
 * app build, session, tick rate or secret): how many, and the latest reason. Handshakes that
 * timed out and connections others opened are not counted (see
 * {@link PeerChannelHandler#refusedForGood()}). Read from any thread, so that a program can tell
 * a peer that nobody will link with from one that is merely early.
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

    /** Dialled links refused at the handshake, by either side, for a reason that stays. */
    public synchronized long refusals() {
        return refusals;
    }

    /** Why the latest link was refused, or null if none was. */
    public synchronized String lastRefusal() {
        return lastRefusal;
    }
}
