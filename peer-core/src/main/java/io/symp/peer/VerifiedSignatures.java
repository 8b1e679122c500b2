package io.symp.peer;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signatures known valid on this thread, with the key and message they were checked against
 * (or made for, by a peer signing its own event: valid by construction). Whether a signature is
 * valid is a pure function of the three, so one checked again gives the same answer. A real peer
 * checks each event once anyway (copies are dropped first, and each peer has its own thread);
 * the simulator runs every peer of a run on one thread, and without this would check each
 * event once per peer, which made {@code symp sim} three times as costly.
 * At most {@link Limits#VERIFIED_SIGNATURES_MAX} entries, the least recently used make room.
 */
final class VerifiedSignatures {
    private static final ThreadLocal<VerifiedSignatures> PER_THREAD = ThreadLocal.withInitial(VerifiedSignatures::new);

    private record Checked(byte[] publicKey, byte[] message) {}

    private final Map<ByteBuffer, Checked> bySignature = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Checked> eldest) {
            return size() > Limits.VERIFIED_SIGNATURES_MAX;
        }
    };

    static VerifiedSignatures onThisThread() {
        return PER_THREAD.get();
    }

    /** Whether {@code signature} was found valid for exactly this key and message. */
    boolean contains(byte[] publicKey, byte[] message, byte[] signature) {
        Checked c = bySignature.get(ByteBuffer.wrap(signature));
        return c != null && Arrays.equals(c.publicKey, publicKey) && Arrays.equals(c.message, message);
    }

    /** Records that {@code signature} is valid for this key and message. */
    void add(byte[] publicKey, byte[] message, byte[] signature) {
        bySignature.put(ByteBuffer.wrap(signature.clone()), new Checked(publicKey, message));
    }
}
