package io.symp.peer;

/**
 * An origin that signed two different events under one seq, proven by both signatures. Every
 * peer that meets both reports it once, by name, and applies the same one of them: the version
 * whose signed bytes ({@link io.symp.wire.MessageCodec#signedBytes}) sort first, unsigned byte
 * by byte (docs/SECURITY.md); the other is never applied. The peer that found it sends both on,
 * so every peer meets both, whichever it got first.
 *
 * @param origin the origin that equivocated
 * @param seq    the seq it signed twice
 * @param peer   the peer whose identity the origin is bound to, 0 when unknown
 * @param tick   the tick of the version applied
 * @param reason what this peer did, for the log
 */
public record Equivocation(long origin, long seq, long peer, long tick, String reason) {
    /** {@code origin:seq}, origin in hex: the same on every peer. */
    public String events() {
        return Long.toHexString(origin) + ":" + seq;
    }

    /** The log line, the same on every peer up to the reason. */
    public String describe() {
        return "EQUIVOCATION: origin " + Long.toHexString(origin)
                + (peer != 0 ? " (peer " + Long.toUnsignedString(peer) + ")" : "") + " signed two different events as seq " + seq
                + " (event " + events() + "); every peer applies the one whose signed bytes sort first: " + reason;
    }
}
