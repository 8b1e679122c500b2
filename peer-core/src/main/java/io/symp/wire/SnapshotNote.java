package io.symp.wire;

/**
 * The talk around a snapshot, so that none is ever sent unasked (docs/SECURITY.md). A peer that
 * sees a neighbour lacks history it has folded {@link #OFFER}s its oldest snapshot: its tick,
 * state hash and the digest of the events it contains (count and order-independent hash of their
 * ids, as in {@link HashMessage}). The joiner {@link #ASK}s the offerer for it and
 * {@link #QUERY}s its other neighbours, which {@link #ANSWER} with their own hash and digest at
 * that tick, or say they do not know ({@link #UNKNOWN}: they lack history themselves). The
 * joiner adopts the snapshot only when it asked that link for that tick and the answers agree.
 * The other fields are 0 in an ASK, a QUERY or an UNKNOWN.
 */
public record SnapshotNote(int kind, long tick, long hash, long eventCount, long eventDigest) implements Message {
    public static final int OFFER = 0;
    public static final int ASK = 1;
    public static final int QUERY = 2;
    public static final int ANSWER = 3;
    public static final int UNKNOWN = 4;

    /** A note that carries only its kind and tick. */
    public static SnapshotNote of(int kind, long tick) {
        return new SnapshotNote(kind, tick, 0, 0, 0);
    }

    /** Whether {@code other} names the same state: hash and event digest alike. */
    public boolean sameStateAs(SnapshotNote other) {
        return hash == other.hash && eventCount == other.eventCount && eventDigest == other.eventDigest;
    }
}
