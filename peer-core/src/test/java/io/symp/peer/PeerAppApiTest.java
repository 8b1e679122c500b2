package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.Observation;
import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.app.SymmetricApp;
import io.symp.wire.EventMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The additions to the app API as a peer applies them: ranges, and what observe is given. */
class PeerAppApiTest {
    private static final long TICK = 20_000_000L;
    private static final AppInfo INFO = AppInfo.builder("ranged", 1, 8)
            .event("step", new Arg("dir", ArgKind.INT).range(0, 3)).build();

    /** Written against the API before observe(Observation): only the old method. */
    static class OldApp implements SymmetricApp {
        final List<Long> observed = new ArrayList<>();
        final List<StateView> views = new ArrayList<>();

        @Override
        public AppInfo info() {
            return INFO;
        }

        @Override
        public void start(State state) {}

        @Override
        public void tick(State state) {
            state.putLong(0, state.getLong(0) + 1);
        }

        @Override
        public void event(State state, Event event) {
            state.putInt(4, state.getInt(4) + event.intArg(0));
        }

        @Override
        public void observe(StateView state, long tick) {
            observed.add(tick);
            views.add(state);
        }
    }

    static final class NewApp extends OldApp {
        final List<long[]> seen = new ArrayList<>();

        @Override
        public void observe(Observation o) {
            seen.add(new long[] {o.tick(), o.settledTick(), o.settled() ? 1 : 0, o.state().getLong(0)});
            views.add(o.state());
        }
    }

    private static Peer peer(long id, ManualClock clock, SymmetricApp app, int slots) {
        // The paper's protocol keeps only recent snapshots: a reach that moves, K x (slots - 1).
        PeerConfig config = PeerConfig.defaults(id).withSyncWaitTicks(0).withDeltaTicks(5)
                .withSnapshots(4, slots).withProtocol(Protocol.PAPER);
        return new Peer(config, app, clock);
    }

    @Test
    void shouldStillCallTheOldObserveWithAReadOnlyView() {
        ManualClock clock = new ManualClock(0);
        OldApp app = new OldApp();
        Peer p = peer(1, clock, app, 64);
        for (int i = 0; i < 5; i++) {
            clock.advance(TICK);
            p.advance();
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), app.observed);
        assertFalse(app.views.get(0) instanceof State, "no cast reaches the live state");
        assertFalse(p.state() instanceof State);
    }

    @Test
    void shouldTellTheNewObserveTheTickAndTheSettledTick() {
        ManualClock clock = new ManualClock(0);
        NewApp app = new NewApp();
        Peer p = peer(1, clock, app, 4);
        for (int i = 0; i < 40; i++) {
            clock.advance(TICK);
            p.advance();
        }
        long[] last = app.seen.get(app.seen.size() - 1);
        assertEquals(40, last[0]);
        assertEquals(40, last[3], "the state of that tick");
        assertEquals(p.oldestTick(), last[1], "settled up to the oldest snapshot");
        assertTrue(last[1] > 0 && last[1] < 40 && last[2] == 0, "the live tick itself is not settled");
        assertFalse(app.views.get(0) instanceof State);
        Event tooOld = new Event(last[1], SignedTestEvents.key(99).origin(), 1, 0, 1);
        assertEquals("too old", refusal(p, tooOld), "an event at the settled tick is refused");
    }

    private static String refusal(Peer p, Event e) {
        List<String> reasons = new ArrayList<>();
        p.addListener(new PeerListener() {
            @Override
            public void eventRefused(Event event, String reason) {
                reasons.add(reason.startsWith("too old") || reason.contains("older") ? "too old" : reason);
            }
        });
        Peer other = peer(2, new ManualClock(0), new OldApp(), 4);
        QueuedLinks net = new QueuedLinks();
        QueuedLinks.QueuedLink link = net.connect(other, p);
        OriginKey key = SignedTestEvents.key(99);
        link.send(SignedTestEvents.announce(key));
        link.send(SignedTestEvents.signed(key, e, 0));
        net.deliverAll();
        return reasons.isEmpty() ? "accepted" : reasons.get(0);
    }

    @Test
    void shouldRefuseAnOutOfRangeArgumentOnEmitAndOnReceipt() {
        ManualClock clock = new ManualClock(0);
        Peer p = peer(1, clock, new OldApp(), 64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.emit(0, 4));
        assertEquals("event step: argument dir = 4 outside 0..3 (usage: step dir:int[0..3])", e.getMessage());
        p.emit(0, 3);

        Peer sender = peer(2, clock, new OldApp(), 64);
        QueuedLinks net = new QueuedLinks();
        List<String> downs = new ArrayList<>();
        p.addListener(new PeerListener() {
            @Override
            public void linkDown(Link link, String reason) {
                downs.add(reason);
            }
        });
        QueuedLinks.QueuedLink link = net.connect(sender, p);
        link.send(new EventMessage(new Event(50, 2, 1, 0, 9), 5));
        net.deliverAll();
        assertEquals(1, downs.size());
        assertTrue(downs.get(0).startsWith("event step: argument dir = 9 outside 0..3"), downs.get(0));
    }
}
