package io.symp.peer;

import io.symp.core.Check;
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

    private final byte[] seed;
    private final byte[] publicKey;
    private final long origin;

    private OriginKey(byte[] seed) {
        Check.argument(seed.length == Ed25519.SECRET_KEY_SIZE, "an Ed25519 private key is 32 bytes");
        this.seed = seed.clone();
        this.publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(this.seed, 0, publicKey, 0);
        this.origin = originOf(publicKey);
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
        byte[] h = sha.digest(publicKey);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (h[i] & 0xff);
        }
        long origin = v & Long.MAX_VALUE;
        return origin == 0 ? 1 : origin;
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
