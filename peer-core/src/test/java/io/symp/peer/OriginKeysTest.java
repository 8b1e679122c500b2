package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.wire.MessageCodec;
import org.junit.jupiter.api.Test;

/** Origin keys: the origin is the key's, invalid keys are refused, the store is bounded. */
class OriginKeysTest {
    @Test
    void shouldDeriveTheOriginFromTheKeyAndVerifyOnlyItsSignatures() {
        OriginKey a = OriginKey.derived(1, 1);
        OriginKey b = OriginKey.derived(1, 2);
        assertEquals(a.origin(), OriginKey.originOf(a.publicKey()));
        assertNotEquals(a.origin(), b.origin());
        assertEquals(a.origin(), OriginKey.derived(1, 1).origin(), "a derived key follows from its seed");
        OriginKeys keys = new OriginKeys(a, 4);
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(b.publicKey(), o -> false));
        assertEquals(OriginKeys.Learnt.KNOWN, keys.learn(b.publicKey(), o -> false));
        Event e = new Event(10, b.origin(), 1, 0, 5);
        byte[] sig = b.sign(MessageCodec.signedBytes(e));
        assertTrue(keys.verify(e, sig));
        assertFalse(keys.verify(new Event(10, b.origin(), 1, 0, 6), sig), "another event");
        assertFalse(keys.verify(new Event(10, a.origin(), 1, 0, 5), sig), "another origin");
        byte[] flipped = sig.clone();
        flipped[7] ^= 1;
        assertFalse(keys.verify(e, flipped));
        assertFalse(keys.verify(new Event(10, 12345, 1, 0, 5), sig), "an origin never announced");
    }

    @Test
    void shouldRefuseAKeyThatIsNotAValidPoint() {
        OriginKeys keys = new OriginKeys(OriginKey.derived(1, 1), 4);
        byte[] identity = new byte[32];
        identity[0] = 1; // the neutral point: of small order, refused by full validation
        assertEquals(OriginKeys.Learnt.INVALID, keys.learn(identity, o -> true));
        assertEquals(1, keys.size());
    }

    @Test
    void shouldMakeRoomOnlyFromOriginsItMayLetGo() {
        OriginKey own = OriginKey.derived(1, 0);
        OriginKeys keys = new OriginKeys(own, 3);
        OriginKey[] others = {OriginKey.derived(1, 1), OriginKey.derived(1, 2), OriginKey.derived(1, 3)};
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(others[0].publicKey(), o -> false));
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(others[1].publicKey(), o -> false));
        assertEquals(OriginKeys.Learnt.FULL, keys.learn(others[2].publicKey(), o -> false));
        long idle = others[0].origin();
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(others[2].publicKey(), o -> o == idle || o == own.origin()));
        assertEquals(3, keys.size());
        assertFalse(keys.known(idle));
        assertTrue(keys.known(own.origin()), "its own key is never let go");
    }
}
