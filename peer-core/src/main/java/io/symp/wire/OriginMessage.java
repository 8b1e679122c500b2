package io.symp.wire;

/**
 * An origin's public key, announced on a link before the first event of that origin crosses it
 * (and again with repairs). The origin id is not sent: it is derived from the key
 * ({@code io.symp.peer.OriginKey#originOf}), so no one can announce a key for an origin that
 * is not that key's.
 *
 * @param publicKey the origin's Ed25519 public key, {@link WireLimits#PUBLIC_KEY_BYTES} bytes
 */
public record OriginMessage(byte[] publicKey) implements Message {
    public OriginMessage {
        if (publicKey.length != WireLimits.PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 public key is " + WireLimits.PUBLIC_KEY_BYTES
                    + " bytes, got " + publicKey.length);
        }
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginMessage m && java.util.Arrays.equals(m.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "OriginMessage[" + java.util.HexFormat.of().formatHex(publicKey) + "]";
    }
}
