package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.app.Apps;
import io.symp.wire.EventMessage;
import io.symp.wire.Message;
import io.symp.wire.OriginMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Origin keys travel ahead of their events and nowhere else: a peer passes on a key it learnt
 * only just before the first event of that origin it sends a link, so an origin that emits
 * nothing is known to its neighbours only, and one that emits reaches every peer its events do.
 */
class OriginAnnouncementTest {
    private static final long TICK = 20_000_000L;

    /** A neighbour that keeps what it is sent. */
    private record RecordingLink(long peerId, List<Message> sent) implements Link {
        @Override
        public void send(Message message) {
            sent.add(message);
        }

        @Override
        public String describe() {
            return "recorder";
        }

        @Override
        public void close(String reason) {}
    }

    private static Peer peer(long id, ManualClock clock) {
        return new Peer(PeerConfig.defaults(id).withSyncWaitTicks(0).withDeltaTicks(5),
                Apps.builtIn().create("counter"), clock);
    }

    @Test
    void shouldPassAKeyOnOnlyAheadOfItsOriginsEvents() {
        ManualClock clock = new ManualClock(0);
        Peer a = peer(1, clock);
        Peer b = peer(2, clock);
        QueuedLinks net = new QueuedLinks();
        net.connect(a, b);
        RecordingLink c = new RecordingLink(3, new ArrayList<>());
        b.linkUp(c);
        for (int t = 0; t < 20; t++) {
            clock.advance(TICK);
            net.deliverAll();
            a.advance();
            b.advance();
        }
        assertEquals(List.of(b.config().origin()), originsAnnounced(c.sent()), "b told c its own key only");

        a.emit(0, 5);
        for (int t = 0; t < 3; t++) {
            clock.advance(TICK);
            net.deliverAll();
            a.advance();
            b.advance();
        }
        List<Message> keysAndEvents = c.sent().stream()
                .filter(m -> m instanceof OriginMessage || m instanceof EventMessage).toList();
        assertEquals(3, keysAndEvents.size(), String.valueOf(keysAndEvents));
        assertEquals(a.config().origin(), OriginKey.originOf(((OriginMessage) keysAndEvents.get(1)).publicKey()),
                "a's key, just before a's event");
        assertEquals(a.config().origin(), ((EventMessage) keysAndEvents.get(2)).event().origin());
    }

    @Test
    void shouldReceiveAnEventThatOvertookItsKeyWhenTheKeyComes() {
        ManualClock clock = new ManualClock(0);
        Peer p = peer(1, clock);
        Link link = new DeadEndLink(66, "unordered");
        p.linkUp(link);
        clock.advance(TICK);
        p.advance();
        OriginKey origin = SignedTestEvents.key(5);
        OriginKey forger = SignedTestEvents.key(6);
        long tick = p.tick() + 5;
        EventMessage first = SignedTestEvents.signed(origin, tick, 1, 5, 0, 1);
        io.symp.app.Event e2 = new io.symp.app.Event(tick, origin.origin(), 2, 0, 1);
        EventMessage forged = new EventMessage(e2, 5, forger.sign(io.symp.wire.MessageCodec.signedBytes(e2)));
        p.received(link, first);
        p.received(link, forged);
        assertEquals(false, p.holds(origin.origin(), 1), "not taken before its key");
        assertEquals(0, p.forgeries(), "nothing is checked before the key comes");
        p.received(link, SignedTestEvents.announce(origin));
        assertEquals(true, p.holds(origin.origin(), 1), "taken as soon as its key came, without a HAVE round");
        assertEquals(false, p.holds(origin.origin(), 2));
        assertEquals(1, p.forgeries(), "the forgery that waited is refused once its key is known");
    }

    private static List<Long> originsAnnounced(List<Message> sent) {
        return sent.stream().filter(m -> m instanceof OriginMessage)
                .map(m -> OriginKey.originOf(((OriginMessage) m).publicKey())).toList();
    }
}
