package io.symp.bench;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.peer.Link;
import io.symp.peer.OriginKey;
import io.symp.peer.Peer;
import io.symp.peer.PeerConfig;
import io.symp.peer.SignatureMemo;
import io.symp.wire.EventMessage;
import io.symp.wire.MalformedFrameException;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import io.symp.wire.OriginMessage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one event costs a peer on its way in (docs/PERFORMANCE.md, "Per event"): its frame
 * decoded by the real codec (counter app), handed to {@code Peer.received}, its signature
 * checked, taken onto the timeline and, with {@code links} &gt; 1, forwarded to every other link (each forwarded
 * copy encoded, as a transport does). {@code links} = 1 is a received event, 4 a flooded one
 * (three copies out). Events come from 64 origins in turn, one per origin and tick, and the peer
 * advances a tick every 64 events, so its tick, SYNC and HAVE rounds are in the figure too, a
 * 64th each; every 8,192 events a fresh peer takes the same events again. Run with
 * {@code -prof gc} for the allocation per event.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@org.openjdk.jmh.annotations.State(Scope.Thread)
public class EventPathBenchmark {
    private static final int ORIGINS = 64;
    /** Events signed in advance, as many as a network's memo keeps (a fresh peer takes them again). */
    private static final int EVENTS_PREPARED = 8192;
    private static final long TICK_NANOS = 20_000_000L;

    /** A neighbour that encodes what it is sent and keeps only the byte count. */
    private static final class EncodingLink implements Link {
        private final long id;
        long bytes;

        EncodingLink(long id) {
            this.id = id;
        }

        @Override
        public long peerId() {
            return id;
        }

        @Override
        public void send(Message message) {
            bytes += MessageCodec.encode(message).length;
        }

        @Override
        public void close(String reason) {}

        @Override
        public String describe() {
            return "bench:" + id;
        }
    }

    @Param({"1", "4"})
    public int links;

    /**
     * {@code every}: a live peer, which checks every signature; {@code memo}: a simulated one,
     * whose network's memo already knows each answer (another peer checked them first).
     */
    @Param({"every", "memo"})
    public String check;

    private SignatureMemo memo;

    private final OriginMessage[] keys = new OriginMessage[ORIGINS];
    private final byte[][] frames = new byte[EVENTS_PREPARED][];
    private long nanos;
    private Peer peer;
    private EncodingLink from;
    private int next;

    /** Events signed once: every iteration's fresh peer starts at the same tick and takes them alike. */
    @Setup(Level.Trial)
    public void prepare() throws MalformedFrameException {
        long firstTick = newPeer().tick() + 5;
        OriginKey[] origins = new OriginKey[ORIGINS];
        for (int o = 0; o < ORIGINS; o++) {
            origins[o] = OriginKey.derived(77, o);
            keys[o] = origins[o].announcement();
        }
        for (int i = 0; i < EVENTS_PREPARED; i++) {
            OriginKey key = origins[i % ORIGINS];
            Event e = new Event(firstTick + i / ORIGINS, key.origin(), i / ORIGINS + 1, 0, 1);
            frames[i] = MessageCodec.encode(new EventMessage(e, 5, key.sign(MessageCodec.signedBytes(e))));
        }
        if (check.equals("memo")) {
            memo = new SignatureMemo();
            freshPeer();
            for (int i = 0; i < EVENTS_PREPARED; i++) {
                event();
            }
        }
    }

    @Setup(Level.Iteration)
    public void freshPeer() {
        peer = newPeer();
        from = new EncodingLink(1000);
        peer.linkUp(from);
        for (int l = 1; l < links; l++) {
            peer.linkUp(new EncodingLink(1000 + l));
        }
        for (OriginMessage k : keys) {
            peer.received(from, k);
        }
        next = 0;
    }

    private Peer newPeer() {
        nanos = 0;
        PeerConfig config = PeerConfig.defaults(1).withSyncWaitTicks(0).withDeltaTicks(5);
        Peer p = memo == null ? new Peer(config, Apps.builtIn().create("counter"), () -> nanos)
                : new Peer(config, Apps.builtIn().create("counter"), () -> nanos, memo);
        nanos += TICK_NANOS;
        p.advance();
        return p;
    }

    /** Every event of the iteration was taken (none refused, the link kept). */
    @TearDown(Level.Iteration)
    public void everyEventTaken() {
        long applied = peer.stats().eventsApplied();
        if (next > 0 && !peer.holds(frameOrigin(next - 1), (next - 1) / ORIGINS + 1)) {
            throw new IllegalStateException("event " + next + " was not taken (" + applied + " applied)");
        }
    }

    private long frameOrigin(int i) {
        return OriginKey.originOf(keys[i % ORIGINS].publicKey());
    }

    @Benchmark
    public long event() throws MalformedFrameException {
        if (next == EVENTS_PREPARED) {
            freshPeer(); // its cost spread over 8,192 events
        }
        peer.received(from, MessageCodec.decode(frames[next], 0, frames[next].length));
        next++;
        if (next % ORIGINS == 0) {
            nanos += TICK_NANOS;
            peer.advance();
        }
        return from.bytes;
    }
}
