package io.symp.replay;

import io.symp.app.Apps;
import io.symp.clock.Clock;
import io.symp.peer.Link;
import io.symp.peer.Peer;
import io.symp.peer.PeerConfig;
import io.symp.wire.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A deterministic in-memory network for tests: peers in one JVM, a fake clock, links that
 * deliver each message in FIFO order after a seeded random delay. Everything follows the seed.
 */
final class PeerNet {
    static final int FPS = 50;
    static final long TICK_NANOS = 1_000_000_000L / FPS;

    private record Pending(long due, long order, MemLink to, Message message) {}

    final List<Peer> peers = new ArrayList<>();
    private final PriorityQueue<Pending> queue = new PriorityQueue<>((p, q) -> p.due != q.due
            ? Long.compare(p.due, q.due) : Long.compare(p.order, q.order));
    private final SplittableRandom random;
    private long now = 1_000_000_000L;
    private long order;
    private final Clock clock = () -> now;

    PeerNet(long seed, int count) {
        this(seed, count, PeerConfig.defaults(1));
    }

    /** Peers configured like {@code base} (snapshots, say), each with its own id. */
    PeerNet(long seed, int count, PeerConfig base) {
        this(seed, count, base, () -> Apps.builtIn().create("move"));
    }

    /** Peers of {@code app} (with four argument-less event types, as move has). */
    PeerNet(long seed, int count, PeerConfig base, java.util.function.Supplier<io.symp.app.SymmetricApp> app) {
        random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            PeerConfig config = base.withId(i + 1).withDeltaTicks(3);
            peers.add(new Peer(config, app.get(), clock));
        }
    }

    /** Links every pair. Δ is 3 ticks, under the longest delay, so some events arrive late. */
    void connectAll() {
        for (int i = 0; i < peers.size(); i++) {
            for (int j = i + 1; j < peers.size(); j++) {
                connect(peers.get(i), peers.get(j));
            }
        }
    }

    void connect(Peer a, Peer b) {
        MemLink ab = new MemLink(a, b.id());
        MemLink ba = new MemLink(b, a.id());
        ab.other = ba;
        ba.other = ab;
        a.linkUp(ab);
        b.linkUp(ba);
    }

    /** Runs {@code ticks} ticks; each tick a random peer emits a move with probability p. */
    void run(long ticks, double p) {
        for (long t = 0; t < ticks; t++) {
            now += TICK_NANOS;
            while (!queue.isEmpty() && queue.peek().due <= now) {
                Pending m = queue.poll();
                m.to.owner.received(m.to, m.message);
            }
            if (random.nextDouble() < p) {
                peers.get(random.nextInt(peers.size())).emit(random.nextInt(4));
            }
            peers.forEach(Peer::advance);
        }
    }

    /** One end of a link: FIFO, each message delayed 10-200 ms but never before the last. */
    private final class MemLink implements Link {
        final Peer owner;
        final long remote;
        MemLink other;
        long lastDue;

        MemLink(Peer owner, long remote) {
            this.owner = owner;
            this.remote = remote;
        }

        @Override
        public long peerId() {
            return remote;
        }

        @Override
        public void send(Message message) {
            long due = Math.max(lastDue, now + 10_000_000L + random.nextLong(190_000_000L));
            lastDue = due;
            queue.add(new Pending(due, order++, other, message));
        }

        @Override
        public void close(String reason) {
            owner.linkDown(this, reason);
        }

        @Override
        public String describe() {
            return "mem:" + remote;
        }
    }
}
