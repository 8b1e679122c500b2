package io.symp.peer;

import io.symp.wire.OriginMessage;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** A live peer's {@link SignatureCheck}: every key, binding and signature checked when asked. */
final class EverySignatureCheck implements SignatureCheck {
    static final EverySignatureCheck INSTANCE = new EverySignatureCheck();

    private EverySignatureCheck() {}

    @Override
    public Ed25519.PublicPoint key(byte[] publicKey) {
        return Ed25519.validatePublicKeyFullExport(publicKey, 0);
    }

    @Override
    public boolean binding(OriginMessage m) {
        return OriginKey.bindingValid(m);
    }

    @Override
    public boolean event(byte[] publicKey, Ed25519.PublicPoint point, byte[] message, byte[] signature) {
        return Ed25519.verify(signature, 0, point, message, 0, message.length);
    }

    @Override
    public void signed(byte[] publicKey, byte[] message, byte[] signature) {
        // Nothing to remember: a live peer checks every signature it receives.
    }

    @Override
    public String toString() {
        return "every check made";
    }
}
