package io.symp.peer;

import io.symp.wire.OriginMessage;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A {@link SignatureCheck} that remembers its answers, shared by every peer of one simulated
 * network ({@link SignatureMemo}): the simulator runs them all on one thread, and without it
 * would check every origin's key and every event's signature once per peer, which made its cost
 * grow with peers × origins (docs/PERFORMANCE.md, "Simulator scale"). Each answer is keyed by
 * every byte it depends on (key, message and signature; the whole announcement for a binding),
 * and false answers are remembered as well as true ones, so a forged or altered event is refused
 * by every peer exactly as without the memo. Answers are pure functions of those bytes: what is
 * remembered, or let go to make room, changes the cost of a check, never its answer.
 */
final class MemoSignatureCheck implements SignatureCheck {
    private final Map<ByteBuffer, Ed25519.PublicPoint> keys = lru(Limits.SIGNATURE_MEMO_KEYS_MAX);
    private final Map<ByteBuffer, Boolean> bindings = lru(Limits.SIGNATURE_MEMO_KEYS_MAX);
    private final Map<ByteBuffer, Boolean> events = lru(Limits.SIGNATURE_MEMO_EVENTS_MAX);
    private long checks;

    @Override
    public Ed25519.PublicPoint key(byte[] publicKey) {
        ByteBuffer k = bytesOf(publicKey);
        if (keys.containsKey(k)) {
            return keys.get(k);
        }
        checks++;
        Ed25519.PublicPoint point = EverySignatureCheck.INSTANCE.key(publicKey);
        keys.put(k, point); // null: not a valid key, remembered as such
        return point;
    }

    @Override
    public boolean binding(OriginMessage m) {
        if (!m.bound()) {
            return true;
        }
        ByteBuffer k = bytesOf(m.publicKey(), m.peerKey(), m.peerSigned(), m.originSigned());
        Boolean known = bindings.get(k);
        if (known != null) {
            return known;
        }
        checks++;
        boolean valid = EverySignatureCheck.INSTANCE.binding(m);
        bindings.put(k, valid);
        return valid;
    }

    @Override
    public boolean event(byte[] publicKey, Ed25519.PublicPoint point, byte[] message, byte[] signature) {
        ByteBuffer k = bytesOf(publicKey, signature, message);
        Boolean known = events.get(k);
        if (known != null) {
            return known;
        }
        checks++;
        boolean valid = EverySignatureCheck.INSTANCE.event(publicKey, point, message, signature);
        events.put(k, valid);
        return valid;
    }

    @Override
    public void signed(byte[] publicKey, byte[] message, byte[] signature) {
        events.put(bytesOf(publicKey, signature, message), Boolean.TRUE);
    }

    /** Keys, bindings and signatures actually checked (not answered from memory). */
    long checks() {
        return checks;
    }

    /** The bytes of {@code parts} end to end (fixed-size parts first, so no two inputs collide). */
    private static ByteBuffer bytesOf(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(n);
        for (byte[] p : parts) {
            b.put(p);
        }
        return b.flip();
    }

    private static <V> Map<ByteBuffer, V> lru(int max) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, V> eldest) {
                return size() > max;
            }
        };
    }

    @Override
    public String toString() {
        return "checks remembered";
    }
}
