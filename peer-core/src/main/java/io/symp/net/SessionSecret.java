package io.symp.net;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A shared session secret, proven without being sent: each side signs the other's random nonce
 * (and both ids) with HMAC-SHA256; a peer that does not know the secret cannot answer.
 */
final class SessionSecret {
    private final byte[] key;

    SessionSecret(byte[] key) {
        this.key = key.clone();
    }

    /** The proof that {@code signer} knows the secret, answering {@code nonce} of {@code verifier}. */
    byte[] proof(byte[] nonce, long signer, long verifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("symp-auth-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            mac.update(nonce);
            mac.update(java.nio.ByteBuffer.allocate(16).putLong(signer).putLong(verifier).array());
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    boolean verify(byte[] proof, byte[] nonce, long signer, long verifier) {
        return MessageDigest.isEqual(proof, proof(nonce, signer, verifier));
    }
}
