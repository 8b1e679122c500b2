package io.symp.peer;

import io.symp.core.Check;
import io.symp.wire.OriginMessage;
import io.symp.wire.WireLimits;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The Ed25519 key pair of one run of a peer, and the origin its events carry: the first 63 bits
 * of SHA-256("symp origin v1" ‖ public key). Every event is signed with it, so no one else can
 * emit under that origin, and an (origin, seq) signed twice with different contents is proof of
 * equivocation (docs/SECURITY.md). BouncyCastle's RFC 8032 code signs it: measured here about ten
 * times faster than the JDK's provider (docs/PERFORMANCE.md).
 */
public final class OriginKey {
    private static final byte[] ORIGIN_TAG = "symp origin v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DERIVED_TAG = "symp derived origin key v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PEER_BINDING_TAG = "symp origin of peer v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ORIGIN_BINDING_TAG = "symp peer of origin v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PEER_ID_TAG = "symp peer id v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] seed;
    private final byte[] publicKey;
    private final long origin;
    private OriginMessage announcement;

    private OriginKey(byte[] seed) {
        Check.argument(seed.length == Ed25519.SECRET_KEY_SIZE, "an Ed25519 private key is 32 bytes");
        this.seed = seed.clone();
        this.publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(this.seed, 0, publicKey, 0);
        this.origin = originOf(publicKey);
        this.announcement = new OriginMessage(publicKey);
    }

    /**
     * Binds this origin to the peer identity {@code peerKey} (its Ed25519 public key), which
     * signed {@link #peerBindingBytes} of this origin's key ({@code peerSigned}); this key signs
     * {@link #originBindingBytes} of {@code peerKey} in turn. Announcements then name that peer.
     */
    public OriginKey bind(byte[] peerKey, byte[] peerSigned) {
        OriginMessage bound = new OriginMessage(publicKey, peerKey.clone(), peerSigned.clone(),
                sign(originBindingBytes(peerKey)));
        Check.argument(bindingValid(bound), "the peer's signature binds this origin's key");
        announcement = bound;
        return this;
    }

    /** What this origin's announcements say (its key, and the binding to its peer, if any). */
    public OriginMessage announcement() {
        return announcement;
    }

    /** What a peer identity signs to claim the origin of {@code originKey}. */
    public static byte[] peerBindingBytes(byte[] originKey) {
        return concat(PEER_BINDING_TAG, originKey);
    }

    /** What an origin key signs to say it runs on the peer of identity key {@code peerKey}. */
    public static byte[] originBindingBytes(byte[] peerKey) {
        return concat(ORIGIN_BINDING_TAG, peerKey);
    }

    /** Whether {@code m} is unbound, or bound with both signatures valid. */
    public static boolean bindingValid(OriginMessage m) {
        if (!m.bound()) {
            return true;
        }
        byte[] key = m.publicKey();
        byte[] peer = m.peerKey();
        byte[] byPeer = peerBindingBytes(key);
        byte[] byOrigin = originBindingBytes(peer);
        return Ed25519.verify(m.peerSigned(), 0, peer, 0, byPeer, 0, byPeer.length)
                && Ed25519.verify(m.originSigned(), 0, key, 0, byOrigin, 0, byOrigin.length);
    }

    /** The peer id of an identity key: the first 63 bits of SHA-256("symp peer id v1" ‖ key), never 0. */
    public static long peerIdOf(byte[] peerKey) {
        MessageDigest sha = sha256();
        sha.update(PEER_ID_TAG);
        return first63Bits(sha.digest(peerKey));
    }

    private static long first63Bits(byte[] h) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (h[i] & 0xff);
        }
        long id = v & Long.MAX_VALUE;
        return id == 0 ? 1 : id;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The key whose private half is these 32 bytes (the transport draws them from SecureRandom). */
    public static OriginKey fromSeed(byte[] seed) {
        return new OriginKey(seed);
    }

    /**
     * A key that follows from {@code seed} and {@code hint} alone: for the simulator, whose runs a
     * seed reproduces, and for tests. Anyone who knows both can sign with it: never for a real peer.
     */
    public static OriginKey derived(long seed, long hint) {
        MessageDigest sha = sha256();
        sha.update(DERIVED_TAG);
        for (long v : new long[] {seed, hint}) {
            for (int i = 0; i < 8; i++) {
                sha.update((byte) (v >>> (8 * i)));
            }
        }
        return new OriginKey(sha.digest());
    }

    /** The origin of the Ed25519 public key {@code publicKey} (32 bytes): never 0. */
    public static long originOf(byte[] publicKey) {
        Check.argument(publicKey.length == WireLimits.PUBLIC_KEY_BYTES, "an Ed25519 public key is 32 bytes");
        MessageDigest sha = sha256();
        sha.update(ORIGIN_TAG);
        return first63Bits(sha.digest(publicKey));
    }

    public long origin() {
        return origin;
    }

    /** The public key's 32 bytes (a copy). */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The signature of {@code message} (64 bytes). */
    public byte[] sign(byte[] message) {
        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, sig, 0);
        return sig;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
