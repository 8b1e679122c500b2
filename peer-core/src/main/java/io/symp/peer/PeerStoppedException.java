package io.symp.peer;

/** A task was handed to a peer that has stopped; the message says why it stopped. */
public final class PeerStoppedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PeerStoppedException(String reason) {
        super(reason);
    }
}
