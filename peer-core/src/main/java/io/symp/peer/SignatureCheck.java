package io.symp.peer;

import io.symp.wire.OriginMessage;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * How a peer checks what its origins signed: an origin key (RFC 8032 full point validation), the
 * binding of an origin to a peer identity ({@link OriginKey#bindingValid}), an event's signature.
 * Each answer is a pure function of the bytes checked, so an implementation may remember answers
 * ({@link MemoSignatureCheck}, one per simulated network) but never change one. A live peer checks
 * every time ({@link EverySignatureCheck}).
 */
interface SignatureCheck {
    /** The decoded point of {@code publicKey} (32 bytes), or null when it is not a valid key. */
    Ed25519.PublicPoint key(byte[] publicKey);

    /** Whether {@code m} is unbound, or bound with both signatures valid. */
    boolean binding(OriginMessage m);

    /** Whether {@code signature} is valid for {@code message} under {@code publicKey} (decoded as {@code point}). */
    boolean event(byte[] publicKey, Ed25519.PublicPoint point, byte[] message, byte[] signature);

    /** {@code signature} was just made for {@code message} by {@code publicKey}'s private key. */
    void signed(byte[] publicKey, byte[] message, byte[] signature);
}
