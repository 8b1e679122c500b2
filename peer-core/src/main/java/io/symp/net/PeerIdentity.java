package io.symp.net;

import io.symp.core.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * A peer's Ed25519 key pair, and the peer id derived from its public key: the first 63 bits of
 * SHA-256("symp peer id v1" ‖ public key). A neighbour computes the same id from the key the peer
 * proves it holds in the TLS handshake, so an id cannot be claimed without the private key.
 * Stored as a PKCS#8 PEM file ("PRIVATE KEY", as {@code openssl genpkey -algorithm ed25519}
 * writes), mode 0600.
 */
public final class PeerIdentity {
    private static final byte[] PKCS8_PREFIX = hex("302e020100300506032b657004220420");
    private static final byte[] SPKI_PREFIX = hex("302a300506032b6570032100");
    private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_END = "-----END PRIVATE KEY-----";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final byte[] publicRaw;
    private final byte[] seed;
    private final long id;

    private PeerIdentity(byte[] seed) {
        this.seed = seed.clone();
        this.publicRaw = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        try {
            KeyFactory f = KeyFactory.getInstance("Ed25519");
            this.privateKey = f.generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
            this.publicKey = f.generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, publicRaw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
        this.id = idOf(publicRaw);
    }

    /** A new random identity (kept in memory only, unless {@link #write}n). */
    public static PeerIdentity generate() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return new PeerIdentity(seed);
    }

    /** The identity whose private key is these 32 bytes (RFC 8032 seed). */
    static PeerIdentity fromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 private key is 32 bytes, got " + seed.length);
        }
        return new PeerIdentity(seed);
    }

    /** The peer id of an Ed25519 public key given as its 32 raw bytes. */
    public static long idOf(byte[] publicRaw) {
        return io.symp.peer.OriginKey.peerIdOf(publicRaw);
    }

    /** This identity's Ed25519 signature of {@code message}. */
    public byte[] sign(byte[] message) {
        byte[] sig = new byte[org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE];
        org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, publicRaw, 0, message, 0, message.length, sig, 0);
        return sig;
    }

    /** The raw 32-byte Ed25519 key inside an X.509 public key, or null if it is not one. */
    static byte[] rawEd25519(PublicKey key) {
        byte[] der = key.getEncoded();
        if (der == null || der.length != SPKI_PREFIX.length + 32
                || !Arrays.equals(der, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            return null;
        }
        return Arrays.copyOfRange(der, SPKI_PREFIX.length, der.length);
    }

    /**
     * The identity in {@code file}, created (mode 0600) with a new key if the file does not
     * exist yet.
     */
    public static PeerIdentity loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            PeerIdentity created = generate();
            try {
                created.write(file);
                return created;
            } catch (FileAlreadyExistsException raced) {
                return load(file);
            } catch (IOException e) {
                throw new UserError("cannot create identity file " + file + ": " + e.getMessage(), e);
            }
        }
        return load(file);
    }

    /** The identity in {@code file}; a one-line {@link UserError} if it is not one. */
    public static PeerIdentity load(Path file) {
        checkPrivate(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UserError("cannot read identity file " + file + ": " + e.getMessage(), e);
        }
        int begin = text.indexOf(PEM_BEGIN);
        int end = text.indexOf(PEM_END);
        if (begin < 0 || end < begin) {
            throw new UserError("identity file " + file + " is not a PEM private key (see 'symp keygen')");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.substring(begin + PEM_BEGIN.length(), end));
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            return fromSeed(seed);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException
                 | java.util.NoSuchElementException e) {
            throw new UserError("identity file " + file + " holds no Ed25519 private key", e);
        }
    }

    private static void checkPrivate(Path file) {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (mode.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                throw new UserError("identity file " + file + " is readable by others (mode "
                        + PosixFilePermissions.toString(mode) + "): chmod 600 it");
            }
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX modes: nothing to check.
        } catch (IOException e) {
            throw new UserError("cannot read identity file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes this identity to a new file, mode 0600; fails if the file exists. */
    public void write(Path file) throws IOException {
        String pem = PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(concat(PKCS8_PREFIX, seed)) + "\n" + PEM_END + "\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    /** The peer id this key proves. */
    public long id() {
        return id;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    /** The public key's 32 raw bytes. */
    public byte[] publicKeyBytes() {
        return publicRaw.clone();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
