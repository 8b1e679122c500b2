package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.wire.EventMessage;
import io.symp.wire.MessageCodec;
import io.symp.wire.OriginMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

/**
 * The simulator's memo of signature checks, shared by the peers of a network: every answer is the
 * one a check made each time gives, in any order of asking, and a forged or altered event is
 * refused by every peer that meets it, the first one included.
 */
class SignatureMemoTest {
    private static final long TICK = 20_000_000L;

    private static Peer peer(long id, ManualClock clock, SignatureMemo memo) {
        PeerConfig config = PeerConfig.defaults(id).withSyncWaitTicks(0).withDeltaTicks(5);
        return new Peer(config, Apps.builtIn().create("counter"), clock, memo);
    }

    @Test
    void shouldRefuseForgedAndAlteredEventsAtEveryPeerSharingTheMemo() {
        ManualClock clock = new ManualClock(0);
        SignatureMemo memo = new SignatureMemo();
        List<Peer> peers = List.of(peer(1, clock, memo), peer(2, clock, memo), peer(3, clock, memo));
        Link link = new DeadEndLink(66, "relay");
        OriginKey honest = SignedTestEvents.key(1);
        OriginKey forger = SignedTestEvents.key(2);
        clock.advance(TICK);
        for (Peer p : peers) {
            p.linkUp(link);
            p.advance();
            p.received(link, SignedTestEvents.announce(honest));
        }
        long tick = peers.get(0).tick() + 5;
        Event e = new Event(tick, honest.origin(), 1, 0, 5);
        EventMessage genuine = SignedTestEvents.signed(honest, e, 5);
        EventMessage forged = new EventMessage(e, 5, forger.sign(MessageCodec.signedBytes(e)));
        EventMessage altered = new EventMessage(new Event(tick, honest.origin(), 1, 0, 6), 5, genuine.signature());

        long before = memo.checks();
        for (Peer p : peers) {
            p.received(link, forged);
            p.received(link, altered);
        }
        assertEquals(before + 2, memo.checks(), "the forgery and the alteration are checked once per network");
        for (Peer p : peers) {
            assertEquals(2, p.forgeries(), "every peer refuses both, the first one and those answered from memory");
            assertFalse(p.holds(honest.origin(), 1));
        }
        for (Peer p : peers) {
            p.received(link, genuine);
            assertTrue(p.holds(honest.origin(), 1), "the genuine event is taken");
        }
        assertEquals(before + 3, memo.checks(), "the genuine event is checked once per network");
    }

    @Test
    void shouldAnswerEveryQuestionAsACheckMadeEachTime() {
        SplittableRandom random = new SplittableRandom(7);
        List<Runnable> questions = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        MemoSignatureCheck memo = new MemoSignatureCheck();
        for (int i = 0; i < 40; i++) {
            OriginKey key = OriginKey.derived(9, i);
            byte[] publicKey = random.nextInt(4) == 0 ? randomBytes(random, 32) : key.publicKey();
            Event e = new Event(random.nextLong(1, 1000), key.origin(), i + 1, 0, random.nextLong(10));
            byte[] message = MessageCodec.signedBytes(e);
            byte[] signature = random.nextBoolean() ? key.sign(message) : OriginKey.derived(9, i + 1).sign(message);
            if (random.nextInt(4) == 0) {
                message[random.nextInt(message.length)] ^= 1;
            }
            OriginMessage bound = boundAnnouncement(key, random.nextBoolean());
            String expected = answers(EverySignatureCheck.INSTANCE, publicKey, message, signature, bound);
            answers.add(expected);
            questions.add(() -> assertEquals(expected, answers(memo, publicKey, message, signature, bound)));
        }
        assertTrue(answers.stream().distinct().count() > 2, "valid and invalid answers both asked: " + answers);
        questions.forEach(Runnable::run);
        long checked = memo.checks();
        Collections.shuffle(questions, new Random(3));
        questions.forEach(Runnable::run);
        assertEquals(checked, memo.checks(), "asked again in another order, every answer comes from memory");
    }

    /** What {@code check} says of the key, of the event's signature under it, and of the binding. */
    private static String answers(SignatureCheck check, byte[] publicKey, byte[] message, byte[] signature,
                                  OriginMessage bound) {
        Ed25519.PublicPoint point = check.key(publicKey);
        boolean event = point != null && check.event(publicKey, point, message, signature);
        return (point != null) + "/" + event + "/" + check.binding(bound);
    }

    /** {@code key} bound to a made-up peer identity; {@code honest}: by both signatures, else one forged. */
    private static OriginMessage boundAnnouncement(OriginKey key, boolean honest) {
        OriginKey identity = OriginKey.derived(10, key.origin());
        byte[] peerKey = identity.publicKey();
        byte[] peerSigned = identity.sign(OriginKey.peerBindingBytes(key.publicKey()));
        byte[] originSigned = honest ? key.sign(OriginKey.originBindingBytes(peerKey)) : new byte[64];
        return new OriginMessage(key.publicKey(), peerKey, peerSigned, originSigned);
    }

    private static byte[] randomBytes(SplittableRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
