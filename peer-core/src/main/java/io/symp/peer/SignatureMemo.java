package io.symp.peer;

/**
 * What the peers of one simulated network share so that each origin key, binding and event
 * signature is checked once per network instead of once per peer ({@link MemoSignatureCheck}):
 * the simulator makes one per run and builds each of its peers with it
 * ({@link Peer#Peer(PeerConfig, io.symp.app.SymmetricApp, io.symp.clock.Clock, SignatureMemo)}).
 * Opaque outside this package; never for live peers, which check every signature they receive.
 */
public final class SignatureMemo {
    private final MemoSignatureCheck check = new MemoSignatureCheck();

    /** An empty memo, for one simulated network. */
    public SignatureMemo() {}

    SignatureCheck check() {
        return check;
    }

    /** Keys, bindings and signatures actually checked so far (the rest were answered from memory). */
    public long checks() {
        return check.checks();
    }
}
