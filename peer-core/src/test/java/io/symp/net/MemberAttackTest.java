package io.symp.net;

import static io.symp.net.TestPeers.assertAgree;
import static io.symp.net.TestPeers.await;
import static io.symp.net.TestPeers.emit;
import static io.symp.net.TestPeers.events;
import static io.symp.net.TestPeers.links;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppIdentity;
import io.symp.app.Apps;
import io.symp.app.State;
import io.symp.hash.StateHash;
import io.symp.peer.Limits;
import io.symp.peer.Link;
import io.symp.peer.PeerListener;
import io.symp.timeline.VersionVector;
import io.symp.wire.FrameWriter;
import io.symp.wire.HaveMessage;
import io.symp.wire.MessageCodec;
import io.symp.wire.SnapshotMessage;
import io.symp.wire.SnapshotNote;
import io.symp.wire.SyncMessage;
import io.symp.wire.WireLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A member (in a secured session it holds the secret; in an open one anyone is) against a live
 * peer V over real loopback TCP, V linked to an honest W: an unsolicited snapshot, an offered
 * one that the others contradict, a SYNC an hour ahead, a 16 MiB HAVE and a HAVE flood, a reader
 * that never reads. Each ends with V's state and tick unchanged by it, heap growth within
 * {@link #HEAP_GROWTH_BYTES_MAX} (docs/SECURITY.md), W's link kept, and V and W agreeing.
 */
class MemberAttackTest {
    private static final byte[] SECRET = "member".getBytes(StandardCharsets.UTF_8);
    private static final String SESSION = "member-attack";
    /** Heap growth allowed during an attack (docs/SECURITY.md states the bounds it is far above). */
    private static final long HEAP_GROWTH_BYTES_MAX = 64L << 20;
    private static final long HOUR_NANOS = 3_600_000_000_000L;
    private final TestPeers peers = new TestPeers();
    private final AppIdentity counter = AppIdentity.of(Apps.builtIn().create("counter"));
    private final AtomicInteger honestLinksLost = new AtomicInteger();
    private int portV;

    @AfterEach
    void closeAll() {
        peers.close();
    }

    /** V (founds the time) with W linked to it and one event agreed; W's link is watched. */
    private NetworkPeer[] victimPair(boolean secured) throws InterruptedException {
        NetworkPeer v = secured ? peers.secured(SESSION, SECRET, false)
                : peers.peer(1, TransportConfig.open(SESSION), false);
        portV = v.start("127.0.0.1", 0);
        NetworkPeer w = secured ? peers.secured(SESSION, SECRET, true)
                : peers.peer(2, TransportConfig.open(SESSION), true);
        w.start("127.0.0.1", 0);
        w.join("127.0.0.1", portV);
        await("W linked", 10_000, () -> links(v) == 1 && links(w) == 1);
        long wId = w.id();
        v.execute(() -> v.peer().addListener(new PeerListener() {
            @Override
            public void linkDown(Link link, String reason) {
                if (link.peerId() == wId) {
                    honestLinksLost.incrementAndGet();
                }
            }
        }));
        emit(w, 1);
        assertAgree(List.of(v, w), 1);
        return new NetworkPeer[] {v, w};
    }

    private HostileMember member(boolean secured, boolean reads) throws Exception {
        return HostileMember.link(portV, SESSION, secured ? SECRET : null, counter, reads);
    }

    private static long tick(NetworkPeer p) {
        return p.call(() -> p.peer().tick());
    }

    private static long refusals(NetworkPeer p) {
        return p.call(() -> p.peer().refusals());
    }

    /** After the attack: W kept its link, one more event is agreed, heap grew within the bound. */
    private void assertHonestPeersUnharmed(NetworkPeer[] vw, long expectedEvents, long heapBefore)
            throws InterruptedException {
        assertEquals(0, honestLinksLost.get(), "W kept its link");
        assertEquals(1, links(vw[1]));
        emit(vw[1], 5);
        assertAgree(List.of(vw[0], vw[1]), expectedEvents + 1);
        long growth = TestPeers.heapUsedBytes() - heapBefore;
        assertTrue(growth < HEAP_GROWTH_BYTES_MAX, "heap grew by " + (growth >> 20) + " MiB");
    }

    /** A state region of the counter app claiming 999 events, and a version vector no one holds. */
    private static SnapshotMessage forgedSnapshot(NetworkPeer v, long tick) {
        byte[] region = new byte[State.HEADER_BYTES + v.call(() -> v.peer().appInfo().stateSize())];
        region[State.HEADER_BYTES + 8] = (byte) 999;
        VersionVector covered = new VersionVector();
        covered.raiseWatermark(0xBADL, 5);
        return new SnapshotMessage(tick, region, covered);
    }

    @ParameterizedTest(name = "secured {0}")
    @ValueSource(booleans = {false, true})
    void shouldDropAnUnsolicitedSnapshotAndOneTheOthersContradict(boolean secured) throws Exception {
        NetworkPeer[] vw = victimPair(secured);
        NetworkPeer v = vw[0];
        long heapBefore = TestPeers.heapUsedBytes();
        try (HostileMember m = member(secured, true)) {
            await("the member linked", 5_000, () -> links(v) == 2);
            long tickBefore = tick(v);
            long refusedBefore = refusals(v);
            // Unsolicited: never asked for.
            m.send(forgedSnapshot(v, tickBefore / 2));
            await("the unasked snapshot dropped", 5_000, () -> refusals(v) > refusedBefore);
            Thread.sleep(1_100); // so that the next refusal is logged too (one line a second)
            // Offered, so V asks for it (and asks W what it holds at that tick), then sent: W's
            // answer contradicts it.
            SnapshotMessage forged = forgedSnapshot(v, tickBefore / 2 - 1);
            for (io.symp.app.Event e : v.call(() -> v.peer().eventsBetween(1, Long.MAX_VALUE - 1))) {
                forged.covered().add(e.origin(), e.seq());
            }
            m.send(new SnapshotNote(SnapshotNote.OFFER, forged.tick(), StateHash.of(forged.region()), 1, 1));
            Thread.sleep(300);
            m.send(forged);
            await("the contradicted snapshot dropped", 5_000, () -> refusals(v) > refusedBefore + 1);
            assertEquals(0L, (long) v.call(() -> v.peer().forks()), "no fork: it covers every event V holds");
            assertTrue(tick(v) >= tickBefore, "V's tick not rewound");
            assertEquals(1, events(v), "V's state not replaced");
        }
        assertHonestPeersUnharmed(vw, 1, heapBefore);
    }

    @ParameterizedTest(name = "secured {0}")
    @ValueSource(booleans = {false, true})
    void shouldNotMoveTheClockForASyncAnHourAhead(boolean secured) throws Exception {
        NetworkPeer[] vw = victimPair(secured);
        NetworkPeer v = vw[0];
        long heapBefore = TestPeers.heapUsedBytes();
        try (HostileMember m = member(secured, true)) {
            await("V's SYNC request", 5_000, () -> m.lastRequest() != null);
            long refusedBefore = refusals(v);
            SyncMessage request = m.lastRequest();
            // The answer to V's request (a round trip it can measure), an hour ahead; then requests.
            m.send(new SyncMessage(request.networkNanos() + HOUR_NANOS, request.sentClockNanos(),
                    request.sentClockNanos(), 0, SyncMessage.SETTLED));
            for (int i = 0; i < 10; i++) {
                SyncMessage r = m.lastRequest();
                m.send(new SyncMessage(r.networkNanos() + HOUR_NANOS, r.sentClockNanos(), 0, SyncMessage.NO_ECHO,
                        SyncMessage.SETTLED));
                m.send(new SyncMessage(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
                        SyncMessage.SETTLED));
                Thread.sleep(50);
            }
            await("the SYNCs refused", 5_000, () -> refusals(v) > refusedBefore);
            Thread.sleep(500);
            long apart = Math.abs(tick(v) - tick(vw[1]));
            assertTrue(apart < TestPeers.FPS, "V and W within a second of ticks: " + apart + " apart");
        }
        assertHonestPeersUnharmed(vw, 1, heapBefore);
    }

    @ParameterizedTest(name = "secured {0}")
    @ValueSource(booleans = {false, true})
    void shouldBoundWhatA16MiBHaveAndAHaveFloodCost(boolean secured) throws Exception {
        NetworkPeer[] vw = victimPair(secured);
        NetworkPeer v = vw[0];
        long heapBefore = TestPeers.heapUsedBytes();
        try (HostileMember m = member(secured, true)) {
            await("the member linked", 5_000, () -> links(v) == 2);
            // The largest HAVE that decodes: every seq above the watermarks a one-byte gap.
            VersionVector gaps = new VersionVector();
            for (int i = 0; i < WireLimits.ABOVE_TOTAL_MAX; i++) {
                gaps.add(1 + i / WireLimits.ABOVE_MAX, 2L * (1 + i % WireLimits.ABOVE_MAX));
            }
            byte[] largest = MessageCodec.encode(new HaveMessage(gaps, 1));
            long refusedBefore = refusals(v);
            for (int i = 0; i < 50; i++) {
                m.sendFrame(largest);
            }
            await("HAVEs past the rate dropped", 10_000, () -> refusals(v) > refusedBefore);
            assertTrue(tick(v) > 0 && links(v) == 2, "the flood costs the member nothing but its HAVEs");
            m.sendFrame(sixteenMiBHave());
            await("the 16 MiB HAVE refused: the member's link closed", 10_000, () -> links(v) == 1);
        }
        assertHonestPeersUnharmed(vw, 1, heapBefore);
    }

    /** The HAVE: 16 MiB of one-byte gaps (256 origins of 65,536 seqs above 0). */
    private static byte[] sixteenMiBHave() {
        FrameWriter w = new FrameWriter((17 << 20)).byte1(3).varint(1).varint(256);
        for (int origin = 1; origin <= 256; origin++) {
            w.fixed64(origin).varint(0).varint(WireLimits.ABOVE_MAX);
            for (int j = 0; j < WireLimits.ABOVE_MAX; j++) {
                w.varint(2);
            }
        }
        return w.toByteArray();
    }

    @ParameterizedTest(name = "secured {0}")
    @ValueSource(booleans = {false, true})
    void shouldNotGrowForAMemberThatNeverReads(boolean secured) throws Exception {
        NetworkPeer[] vw = victimPair(secured);
        NetworkPeer v = vw[0];
        long heapBefore = TestPeers.heapUsedBytes();
        try (HostileMember m = member(secured, false)) {
            await("the member linked", 5_000, () -> links(v) == 2);
            // It claims to hold nothing, so V repairs everything to it, and never reads.
            for (int i = 0; i < 400; i++) {
                emit(vw[1], i);
            }
            for (int i = 0; i < 30; i++) {
                m.send(new HaveMessage(new VersionVector(), 1));
                Thread.sleep(100);
            }
            assertEquals(0, honestLinksLost.get());
        }
        assertHonestPeersUnharmed(vw, 401, heapBefore);
        assertTrue(Limits.OUTBOUND_BYTES_PER_LINK_MAX < HEAP_GROWTH_BYTES_MAX);
    }
}
