package io.symp.wire;

import java.util.Arrays;

/**
 * An origin's public key, announced on a link before the first event of that origin crosses it
 * (and again with repairs). The origin id is not sent: it is derived from the key
 * ({@code io.symp.peer.OriginKey#originOf}), so no one can announce a key for an origin that
 * is not that key's. It may be bound to the peer identity that runs it: both keys sign the
 * other ({@code io.symp.peer.OriginKey#bindingBytes}), so neither side of the binding can be
 * claimed by a third.
 *
 * @param publicKey   the origin's Ed25519 public key, {@link WireLimits#PUBLIC_KEY_BYTES} bytes
 * @param peerKey     the identity key of the peer that runs it, or empty (unbound)
 * @param peerSigned  the identity key's signature of the binding, or empty
 * @param originSigned the origin key's signature of the binding, or empty
 */
public record OriginMessage(byte[] publicKey, byte[] peerKey, byte[] peerSigned, byte[] originSigned)
        implements Message {
    private static final byte[] NONE = new byte[0];

    public OriginMessage {
        if (publicKey.length != WireLimits.PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 public key is " + WireLimits.PUBLIC_KEY_BYTES
                    + " bytes, got " + publicKey.length);
        }
        boolean bound = peerKey.length > 0;
        if (bound && (peerKey.length != WireLimits.PUBLIC_KEY_BYTES || peerSigned.length != WireLimits.SIGNATURE_BYTES
                || originSigned.length != WireLimits.SIGNATURE_BYTES)
                || !bound && (peerSigned.length > 0 || originSigned.length > 0)) {
            throw new IllegalArgumentException("a binding is a 32-byte key and two 64-byte signatures");
        }
        publicKey = publicKey.clone();
    }

    /** An origin bound to no peer identity. */
    public OriginMessage(byte[] publicKey) {
        this(publicKey, NONE, NONE, NONE);
    }

    /** Whether it names the peer identity that runs the origin. */
    public boolean bound() {
        return peerKey.length > 0;
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] peerKey() {
        return peerKey.clone();
    }

    @Override
    public byte[] peerSigned() {
        return peerSigned.clone();
    }

    @Override
    public byte[] originSigned() {
        return originSigned.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginMessage m && Arrays.equals(m.publicKey, publicKey) && Arrays.equals(m.peerKey, peerKey)
                && Arrays.equals(m.peerSigned, peerSigned) && Arrays.equals(m.originSigned, originSigned);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey) * 31 + Arrays.hashCode(peerKey);
    }

    @Override
    public String toString() {
        return "OriginMessage[" + java.util.HexFormat.of().formatHex(publicKey) + (bound() ? ", bound" : "") + "]";
    }
}
