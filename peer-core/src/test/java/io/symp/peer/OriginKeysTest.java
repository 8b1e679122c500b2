package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.wire.MessageCodec;
import io.symp.wire.OriginMessage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Origin keys: the origin is the key's, invalid keys are refused, the store is bounded; alike
 * whether every check is made (a live peer) or remembered for a network (the simulator's).
 */
class OriginKeysTest {
    static Stream<SignatureCheck> checks() {
        return Stream.of(EverySignatureCheck.INSTANCE, new MemoSignatureCheck());
    }
    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void shouldDeriveTheOriginFromTheKeyAndVerifyOnlyItsSignatures(SignatureCheck check) {
        OriginKey a = OriginKey.derived(1, 1);
        OriginKey b = OriginKey.derived(1, 2);
        assertEquals(a.origin(), OriginKey.originOf(a.publicKey()));
        assertNotEquals(a.origin(), b.origin());
        assertEquals(a.origin(), OriginKey.derived(1, 1).origin(), "a derived key follows from its seed");
        OriginKeys keys = new OriginKeys(a, 4, check);
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(new OriginMessage(b.publicKey()), o -> false));
        assertEquals(OriginKeys.Learnt.KNOWN, keys.learn(new OriginMessage(b.publicKey()), o -> false));
        Event e = new Event(10, b.origin(), 1, 0, 5);
        byte[] sig = b.sign(MessageCodec.signedBytes(e));
        byte[] flipped = sig.clone();
        flipped[7] ^= 1;
        for (int asked = 1; asked <= 2; asked++) { // a memo answers the second time from memory
            assertTrue(keys.verify(e, sig));
            assertFalse(keys.verify(new Event(10, b.origin(), 1, 0, 6), sig), "another event");
            assertFalse(keys.verify(new Event(10, a.origin(), 1, 0, 5), sig), "another origin");
            assertFalse(keys.verify(e, flipped));
            assertFalse(keys.verify(new Event(10, 12345, 1, 0, 5), sig), "an origin never announced");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void shouldRefuseAKeyThatIsNotAValidPoint(SignatureCheck check) {
        OriginKeys keys = new OriginKeys(OriginKey.derived(1, 1), 4, check);
        byte[] identity = new byte[32];
        identity[0] = 1; // the neutral point: of small order, refused by full validation
        assertEquals(OriginKeys.Learnt.INVALID, keys.learn(new OriginMessage(identity), o -> true));
        assertEquals(OriginKeys.Learnt.INVALID, keys.learn(new OriginMessage(identity), o -> true), "asked again");
        assertEquals(1, keys.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void shouldMakeRoomOnlyFromOriginsItMayLetGo(SignatureCheck check) {
        OriginKey own = OriginKey.derived(1, 0);
        OriginKeys keys = new OriginKeys(own, 3, check);
        OriginKey[] others = {OriginKey.derived(1, 1), OriginKey.derived(1, 2), OriginKey.derived(1, 3)};
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(new OriginMessage(others[0].publicKey()), o -> false));
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(new OriginMessage(others[1].publicKey()), o -> false));
        assertEquals(OriginKeys.Learnt.FULL, keys.learn(new OriginMessage(others[2].publicKey()), o -> false));
        long idle = others[0].origin();
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(new OriginMessage(others[2].publicKey()), o -> o == idle || o == own.origin()));
        assertEquals(3, keys.size());
        assertFalse(keys.known(idle));
        assertTrue(keys.known(own.origin()), "its own key is never let go");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void shouldNameThePeerOnlyWhenBothKeysSignedTheBinding(SignatureCheck check) {
        OriginKey peerIdentity = OriginKey.derived(2, 100); // any Ed25519 key serves as an identity here
        byte[] peerKey = peerIdentity.publicKey();
        OriginKey origin = OriginKey.derived(2, 1);
        origin.bind(peerKey, peerIdentity.sign(OriginKey.peerBindingBytes(origin.publicKey())));
        OriginKeys keys = new OriginKeys(OriginKey.derived(2, 0), 8, check);
        assertEquals(OriginKeys.Learnt.NEW, keys.learn(origin.announcement(), o -> false));
        assertEquals(OriginKey.peerIdOf(peerKey), keys.peerOf(origin.origin()));

        // A member claiming an honest origin for itself: the origin key never signed its identity.
        OriginKey honest = OriginKey.derived(2, 2);
        OriginKey member = OriginKey.derived(2, 200);
        OriginMessage claim = new OriginMessage(honest.publicKey(), member.publicKey(),
                member.sign(OriginKey.peerBindingBytes(honest.publicKey())), new byte[64]);
        // A member framing a peer: its own origin, bound to an identity that never signed it.
        OriginKey own = OriginKey.derived(2, 3);
        OriginMessage framed = new OriginMessage(own.publicKey(), peerKey, new byte[64],
                own.sign(OriginKey.originBindingBytes(peerKey)));
        for (int asked = 1; asked <= 2; asked++) {
            assertEquals(OriginKeys.Learnt.INVALID, keys.learn(claim, o -> false));
            assertEquals(OriginKeys.Learnt.INVALID, keys.learn(framed, o -> false));
        }
        assertEquals(0, keys.peerOf(own.origin()));
    }
}
