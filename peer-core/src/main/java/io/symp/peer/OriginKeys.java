package io.symp.peer;

import io.symp.app.Event;
import io.symp.wire.MessageCodec;
import io.symp.wire.OriginMessage;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The public keys of the origins a peer has heard announced, by origin (each origin is its key's,
 * {@link OriginKey#originOf}), at most {@link Limits#ORIGIN_KEYS_MAX}. Keys are checked once, when
 * first announced (a full RFC 8032 point validation, through the peer's {@link SignatureCheck}),
 * and kept decoded, so that verifying an
 * event costs one signature check. An announcement bound to a peer identity is kept only if both
 * signatures of the binding hold ({@link OriginKey#bindingValid}); the origin then names that
 * peer. When full, an origin none of whose events is held makes room.
 */
final class OriginKeys {
    private final TreeMap<Long, Ed25519.PublicPoint> points = new TreeMap<>();
    private final TreeMap<Long, byte[]> raw = new TreeMap<>();
    private final TreeMap<Long, OriginMessage> announcements = new TreeMap<>();
    private final long own;
    private final int max;
    private final SignatureCheck check;

    OriginKeys(OriginKey own, int max, SignatureCheck check) {
        this.own = own.origin();
        this.max = max;
        this.check = check;
        learn(own.announcement(), o -> false);
    }

    /** What {@link #learn} says. */
    enum Learnt { NEW, KNOWN, INVALID, FULL }

    /**
     * Learns {@code publicKey}'s origin. When full, the first origin (in id order) for which
     * {@code evictable} holds makes room; if none may, the key is refused.
     */
    Learnt learn(OriginMessage m, LongPredicate evictable) {
        byte[] publicKey = m.publicKey();
        long origin = OriginKey.originOf(publicKey);
        if (raw.containsKey(origin)) {
            if (!java.util.Arrays.equals(raw.get(origin), publicKey)) {
                return Learnt.INVALID;
            }
            // A relay may have passed the key on without its binding: the bound one replaces it.
            if (m.bound() && !announcements.get(origin).bound() && check.binding(m)) {
                announcements.put(origin, m);
            }
            return Learnt.KNOWN;
        }
        Ed25519.PublicPoint point = check.key(publicKey);
        if (point == null || !check.binding(m)) {
            return Learnt.INVALID;
        }
        if (raw.size() >= max && !evictOne(evictable)) {
            return Learnt.FULL;
        }
        points.put(origin, point);
        raw.put(origin, publicKey);
        announcements.put(origin, m);
        return Learnt.NEW;
    }

    private boolean evictOne(LongPredicate evictable) {
        for (long origin : raw.keySet()) {
            if (origin != own && evictable.test(origin)) {
                raw.remove(origin);
                points.remove(origin);
                announcements.remove(origin);
                return true;
            }
        }
        return false;
    }

    boolean known(long origin) {
        return raw.containsKey(origin);
    }

    /** The announcement of a known origin, as first heard (its binding included). */
    OriginMessage announcement(long origin) {
        return announcements.get(origin);
    }

    /** The peer id the origin is bound to, or 0 when unknown or unbound. */
    long peerOf(long origin) {
        OriginMessage m = announcements.get(origin);
        return m == null || !m.bound() ? 0 : OriginKey.peerIdOf(m.peerKey());
    }

    int size() {
        return raw.size();
    }

    /** Whether {@code signature} is {@code e}'s origin's over {@link MessageCodec#signedBytes}; false if unknown. */
    /** Whether {@code signature} is {@code origin}'s over {@code signedBytes}; false when its key is unknown. */
    boolean verify(long origin, byte[] signedBytes, byte[] signature) {
        Ed25519.PublicPoint point = points.get(origin);
        return point != null && check.event(raw.get(origin), point, signedBytes, signature);
    }

    boolean verify(Event e, byte[] signature) {
        Ed25519.PublicPoint point = points.get(e.origin());
        if (point == null) {
            return false;
        }
        byte[] message = MessageCodec.signedBytes(e);
        return check.event(raw.get(e.origin()), point, message, signature);
    }
}
