package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.wire.EventBatchMessage;
import io.symp.wire.EventMessage;
import io.symp.wire.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Own events stamped within one tick after its first go out together under one signature
 * (EVENTS), and a receiver checks that one signature for all of them: taken, relayed, repaired,
 * refused and resolved exactly as one-by-one events were.
 */
class EventBatchTest {
    private static final long TICK = 20_000_000L;

    private static Peer peer(long id, ManualClock clock, SignatureMemo memo) {
        PeerConfig config = PeerConfig.defaults(id).withSyncWaitTicks(0).withDeltaTicks(5);
        return memo == null ? new Peer(config, Apps.builtIn().create("counter"), clock)
                : new Peer(config, Apps.builtIn().create("counter"), clock, memo);
    }

    /** A founding peer linked to {@code link}, a tick in. */
    private static Peer linkedTo(Link link, ManualClock clock) {
        Peer p = peer(1, clock, null);
        p.linkUp(link);
        clock.advance(TICK);
        p.advance();
        return p;
    }

    /** A link that keeps what the peer sends it. */
    private static final class KeepingLink implements Link {
        final List<Message> sent = new ArrayList<>();

        @Override
        public long peerId() {
            return 77;
        }

        @Override
        public void send(Message m) {
            sent.add(m);
        }

        @Override
        public void close(String reason) {}

        @Override
        public String describe() {
            return "keeping";
        }
    }

    @Test
    void shouldCheckOneOrTwoSignaturesPerOriginAndTickUnderLoad() {
        ManualClock clock = new ManualClock(0);
        Peer a = peer(1, clock, null);
        // b and c share one memo of checks: it counts every distinct signature they check.
        SignatureMemo memo = new SignatureMemo();
        Peer b = peer(2, clock, memo);
        Peer c = peer(3, clock, memo);
        QueuedLinks net = new QueuedLinks();
        net.connect(a, b);
        net.connect(b, c);
        net.deliverAll();
        int ticks = 50;
        int perTick = Limits.ORIGIN_EVENTS_PER_SECOND_MAX / a.config().fps();
        long checksBefore = memo.checks();
        for (int t = 0; t < ticks; t++) {
            for (int i = 0; i < perTick; i++) {
                a.emit(0, 1);
            }
            clock.advance(TICK);
            net.deliverAll();
            a.advance();
            b.advance();
            c.advance();
        }
        for (int t = 0; t < 20; t++) {
            clock.advance(TICK);
            net.deliverAll();
            a.advance();
            b.advance();
            c.advance();
        }
        long events = (long) ticks * perTick;
        assertEquals(events, b.state().getLong(8));
        assertEquals(events, c.state().getLong(8), "relayed whole");
        long checks = memo.checks() - checksBefore;
        assertTrue(checks <= 2L * ticks + 5, checks + " signature checks for " + events + " events");
        assertEquals(0, c.stats().maxDepth(), "no event arrived late");
        long common = Math.min(a.tick(), c.tick()) - 1;
        assertEquals(a.stateHashAt(common), c.stateHashAt(common));
    }

    @Test
    void shouldSendAnOccasionalEventAtOnceAndAlone() {
        ManualClock clock = new ManualClock(0);
        Peer a = peer(1, clock, null);
        KeepingLink link = new KeepingLink();
        a.linkUp(link);
        clock.advance(TICK);
        a.advance();
        link.sent.clear();
        a.emit(0, 1);
        assertEquals(1, link.sent.stream().filter(m -> m instanceof EventMessage).count(), "sent before any advance");
        a.emit(0, 2);
        a.emit(0, 3);
        assertEquals(1, link.sent.size(), "the tick's later events wait");
        a.advance();
        EventBatchMessage b = (EventBatchMessage) link.sent.get(link.sent.size() - 1);
        assertEquals(List.of(2L, 3L), b.events().stream().map(Event::seq).toList());
    }

    @Test
    void shouldRefuseAWholeBatchWithOneEventAlteredAndTakeOnlyTheNewEventsOfAnHonestOne() {
        ManualClock clock = new ManualClock(0);
        Link link = new DeadEndLink(66, "neighbour");
        Peer p = linkedTo(link, clock);
        OriginKey origin = SignedTestEvents.key(5);
        p.received(link, SignedTestEvents.announce(origin));
        long tick = p.tick() + 5;
        List<Event> events = new ArrayList<>();
        for (int seq = 1; seq <= 4; seq++) {
            events.add(new Event(tick, origin.origin(), seq, 0, seq));
        }
        EventBatchMessage honest = SignedTestEvents.batch(origin, events, 5);
        List<Event> altered = new ArrayList<>(events);
        altered.set(2, new Event(tick, origin.origin(), 3, 0, 1000));
        p.received(link, new EventBatchMessage(altered, 5, honest.signature()));
        assertEquals(4, p.forgeries(), "every event of the forged batch counted");
        assertFalse(p.holds(origin.origin(), 1), "none taken");
        p.received(link, SignedTestEvents.signed(origin, events.get(0), 5));
        p.received(link, honest);
        for (int seq = 1; seq <= 4; seq++) {
            assertTrue(p.holds(origin.origin(), seq), "seq " + seq);
        }
        for (int t = 0; t < 10; t++) {
            clock.advance(TICK);
            p.advance();
        }
        assertEquals(1 + 2 + 3 + 4, p.state().getLong(0), "each applied once");
        assertEquals(4, p.state().getLong(8));
    }

    @Test
    void shouldKeepABatchThatCameBeforeItsOriginsKey() {
        ManualClock clock = new ManualClock(0);
        Link link = new DeadEndLink(66, "neighbour");
        Peer p = linkedTo(link, clock);
        OriginKey origin = SignedTestEvents.key(6);
        long tick = p.tick() + 5;
        List<Event> events = List.of(new Event(tick, origin.origin(), 1, 0, 1), new Event(tick, origin.origin(), 2, 0, 1));
        p.received(link, SignedTestEvents.batch(origin, events, 5));
        assertFalse(p.holds(origin.origin(), 1));
        p.received(link, SignedTestEvents.announce(origin));
        assertTrue(p.holds(origin.origin(), 1) && p.holds(origin.origin(), 2), "taken when the key came");
        assertEquals(0, p.forgeries());
    }

    @Test
    void shouldResolveAnEquivocationBetweenABatchAndASingleEventAlikeOnEveryPeer() {
        ManualClock clock = new ManualClock(0);
        List<Peer> peers = List.of(peer(1, clock, null), peer(2, clock, null), peer(3, clock, null));
        QueuedLinks net = new QueuedLinks();
        net.connect(peers.get(0), peers.get(1));
        net.connect(peers.get(1), peers.get(2));
        for (int t = 0; t < 20; t++) {
            clock.advance(TICK);
            net.deliverAll();
            peers.forEach(Peer::advance);
        }
        OriginKey liar = SignedTestEvents.key(43);
        long tick = peers.get(0).tick() + 10;
        List<Event> batch = List.of(new Event(tick, liar.origin(), 1, 0, 9), new Event(tick, liar.origin(), 2, 0, 3));
        Link attacker = new DeadEndLink(99, "attacker");
        peers.get(0).received(attacker, SignedTestEvents.announce(liar));
        peers.get(0).received(attacker, SignedTestEvents.batch(liar, batch, 0));
        peers.get(2).received(attacker, SignedTestEvents.announce(liar));
        peers.get(2).received(attacker, SignedTestEvents.signed(liar, tick, 1, 0, 0, 4));
        for (int t = 0; t < 40; t++) {
            clock.advance(TICK);
            net.deliverAll();
            peers.forEach(Peer::advance);
        }
        long common = peers.get(0).tick() - 1;
        for (Peer p : peers) {
            assertEquals(1, p.equivocations(), "peer " + p.id());
            assertEquals(4, p.eventsBetween(tick, tick).stream().filter(e -> e.seq() == 1).findFirst().orElseThrow()
                    .arg(0), "the version whose signed bytes sort first, on peer " + p.id());
            assertTrue(p.holds(liar.origin(), 2), "the batch's other event is taken everywhere");
            assertEquals(peers.get(0).stateHashAt(common), p.stateHashAt(common), "peer " + p.id());
        }
    }
}
