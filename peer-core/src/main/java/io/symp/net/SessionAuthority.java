package io.symp.net;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Who may sign a peer's certificate. In a secured session: the session key, an Ed25519 key that
 * HKDF-SHA256 derives from the shared secret, so every member (and only a member) can sign; a
 * neighbour trusts only certificates this key signed. In an open session: each peer signs its
 * own certificate (anyone may join; the key still proves the peer id). Certificates carry no
 * meaningful dates: peers' clocks are not trusted, and each certificate lives as long as its
 * process.
 */
final class SessionAuthority {
    private static final byte[] HKDF_SALT = "symp session key v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HKDF_INFO = "symp session CA, Ed25519 seed".getBytes(StandardCharsets.US_ASCII);
    // The validity, 1970-01-01 to 9999-12-31 23:59:59 (RFC 5280's "no expiry"), as DER: a UTCTime
    // then a GeneralizedTime, as RFC 5280 wants for those years. Parsed, not made from a Date:
    // BouncyCastle formats a Date with SimpleDateFormat, which loads the JDK's calendar and locale
    // data (about 1,000 locales and 300 classes, over 1 MiB of every peer process) for two constants.
    private static final byte[] NOT_BEFORE_DER = der(0x17, "700101000000Z");
    private static final byte[] NOT_AFTER_DER = der(0x18, "99991231235959Z");

    private final PeerIdentity key;

    private SessionAuthority(PeerIdentity key) {
        this.key = key;
    }

    /** The session key of {@code secret}, or the open-session authority when it is null. */
    static SessionAuthority of(byte[] secret) {
        if (secret == null) {
            return new SessionAuthority(null);
        }
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(secret, HKDF_SALT, HKDF_INFO));
        byte[] seed = new byte[32];
        hkdf.generateBytes(seed, 0, seed.length);
        return new SessionAuthority(PeerIdentity.fromSeed(seed));
    }

    boolean secured() {
        return key != null;
    }

    /** The key a certificate must verify with: the session key, or its own (self-signed). */
    PublicKey issuerKeyFor(X509Certificate cert) {
        return key != null ? key.publicKey() : cert.getPublicKey();
    }

    /** A certificate for {@code peer}'s key, signed by the session key (or by itself). */
    X509Certificate certify(PeerIdentity peer) {
        PeerIdentity signer = key != null ? key : peer;
        X500Name issuer = new X500Name(key != null ? "CN=symp session" : "CN=symp peer " + Long.toUnsignedString(peer.id()));
        X500Name subject = new X500Name("CN=symp peer " + Long.toUnsignedString(peer.id()));
        BigInteger serial = new BigInteger(63, new SecureRandom());
        try {
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(issuer, serial,
                    time(NOT_BEFORE_DER), time(NOT_AFTER_DER), subject, peer.publicKey())
                    .build(new JcaContentSignerBuilder("Ed25519").build(signer.privateKey()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an Ed25519 certificate", e);
        }
    }

    private static Time time(byte[] der) {
        try {
            return new Time(ASN1Primitive.fromByteArray(der));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a constant DER time does not parse", e);
        }
    }

    private static byte[] der(int tag, String time) {
        byte[] ascii = time.getBytes(StandardCharsets.US_ASCII);
        byte[] der = new byte[2 + ascii.length];
        der[0] = (byte) tag;
        der[1] = (byte) ascii.length;
        System.arraycopy(ascii, 0, der, 2, ascii.length);
        return der;
    }
}
