package io.symp.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.wire.SyncMessage;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two peers' clock sync over one jittery link (normal one-way delay, FIFO per direction), their
 * processes' clocks offset by an arbitrary amount: how close their network times end up.
 */
class ClockSyncTest {
    private static final long MS = 1_000_000L;
    private static final long TICK = 20 * MS;

    /** A message in flight to {@code toB} (or to A), arriving at shared time {@code at}. */
    private record Flight(long at, long seq, boolean toB, SyncMessage m) {}

    /** Runs {@code seconds} of SYNC rounds every 200 ms each way; returns |A − B| network time. */
    private static long disagreementNanos(long seed, double meanMs, double jitterMs, int seconds) {
        return disagreementNanos(seed, meanMs, jitterMs, seconds, true);
    }

    /** The same, A having founded the network's time or not; B always joins. */
    private static long disagreementNanos(long seed, double meanMs, double jitterMs, int seconds,
                                          boolean aFounds) {
        return disagreementNanos(seed, meanMs, jitterMs, seconds, aFounds, 0);
    }

    /** B's process clock at shared time {@code t}: offset, and running {@code driftPpm} fast. */
    private static long clockB(long t, long offsetB, double driftPpm) {
        return offsetB + t + (long) (t * driftPpm * 1e-6);
    }

    /** The same, B's clock drifting {@code driftPpm} against A's. */
    private static long disagreementNanos(long seed, double meanMs, double jitterMs, int seconds,
                                          boolean aFounds, double driftPpm) {
        return disagreementNanos(seed, meanMs, jitterMs, seconds, aFounds, driftPpm, 0);
    }

    /**
     * The same, B also sending A {@code framesToA} other frames a second (events it relays, say:
     * Poisson), which A's SYNCs to B do not meet: B's SYNCs queue behind them (FIFO) more often
     * than A's do.
     */
    private static long disagreementNanos(long seed, double meanMs, double jitterMs, int seconds,
                                          boolean aFounds, double driftPpm, double framesToA) {
        SplittableRandom random = new SplittableRandom(seed);
        long offsetB = 123_456_789_000L + random.nextLong(1_000_000_000L);
        ClockSync a = new ClockSync(0, TICK, true);
        ClockSync b = new ClockSync(offsetB - 3_000 * MS, TICK, true);
        if (aFounds) {
            a.found();
        }
        a.linkUp(2);
        b.linkUp(1);
        PriorityQueue<Flight> queue = new PriorityQueue<>((x, y) -> x.at != y.at ? Long.compare(x.at, y.at)
                : Long.compare(x.seq, y.seq));
        long[] lastArrival = new long[2];
        long seq = 0;
        for (long now = 0; now < seconds * 1_000L * MS; now += 200 * MS) {
            while (!queue.isEmpty() && queue.peek().at <= now) {
                Flight f = queue.poll();
                ClockSync to = f.toB ? b : a;
                long clock = f.toB ? clockB(f.at, offsetB, driftPpm) : f.at;
                if (f.m == null) {
                    to.frameArrived(f.toB ? 1 : 2, clock);
                } else if (to.incoming(f.toB ? 1 : 2, f.m, clock)) {
                    SyncMessage reply = to.reply(f.m, clock);
                    queue.add(send(!f.toB, reply, f.at, lastArrival, random, meanMs, jitterMs, ++seq));
                }
            }
            queue.add(send(true, a.outgoing(2, now), now, lastArrival, random, meanMs, jitterMs, ++seq));
            queue.add(send(false, b.outgoing(1, clockB(now, offsetB, driftPpm)), now, lastArrival, random, meanMs,
                    jitterMs, ++seq));
            for (long at = now + exponentialNanos(random, framesToA); at < now + 200 * MS;
                    at += exponentialNanos(random, framesToA)) {
                queue.add(send(false, null, at, lastArrival, random, meanMs, jitterMs, ++seq));
            }
        }
        long now = seconds * 1_000L * MS;
        return Math.abs(a.networkNanos(now) - b.networkNanos(clockB(now, offsetB, driftPpm)));
    }

    /** A Poisson process's next gap at {@code perSecond} (forever at 0). */
    private static long exponentialNanos(SplittableRandom random, double perSecond) {
        return perSecond <= 0 ? Long.MAX_VALUE / 2 : (long) (-Math.log(1 - random.nextDouble()) / perSecond * 1e9);
    }

    private static Flight send(boolean toB, SyncMessage m, long now, long[] lastArrival, SplittableRandom random,
                               double meanMs, double jitterMs, long seq) {
        int dir = toB ? 0 : 1;
        long delay = (long) (Math.max(0, meanMs + jitterMs * random.nextGaussian()) * MS);
        lastArrival[dir] = Math.max(now + delay, lastArrival[dir]);
        return new Flight(lastArrival[dir], seq, toB, m);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldAgreeWithinATickDespiteJitterAsLargeAsTheTick(long seed) {
        long d = disagreementNanos(seed, 100, 20, 120);
        assertTrue(d < TICK / 2, "seed " + seed + ": " + d / MS + " ms apart");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void shouldAverageOutAHundredMillisecondsOfJitter(long seed) {
        long d = disagreementNanos(seed, 500, 100, 180);
        assertTrue(d < TICK, "seed " + seed + ": " + d / MS + " ms apart");
    }

    /**
     * Two crystals ±200 ppm apart drift 0.4 ms a second: an offset averaged over the last ~50 s
     * of samples alone trails that by ~20 ms, a tick. The fitted rate carries it to now.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void shouldKeepAgreeingWhenTheClocksDriftApart(long seed) {
        for (double ppm : new double[] {400, -400}) {
            long d = disagreementNanos(seed, 100, 20, 240, true, ppm);
            assertTrue(d < TICK / 4, "seed " + seed + ", " + ppm + " ppm: " + d / MS + " ms apart");
        }
    }

    /**
     * B sends A ten other frames a second: B's SYNCs wait behind them far more often than A's
     * wait behind anything, so B's seem slower. Taking each half of the round trip as half of
     * it left A and B 12–23 ms apart after 4 minutes (20 seeds); the SYNCs that came right
     * behind another frame are censored samples of their own trip (QueuedDelay), and with
     * their wait taken out on both sides the two end 0.3–6.5 ms apart.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void shouldAgreeWhenOneSideSendsFarMoreFramesThanTheOther(long seed) {
        long d = disagreementNanos(seed, 500, 100, 240, true, 0, 10);
        assertTrue(d < TICK / 2, "seed " + seed + ": " + d / MS + " ms apart");
    }

    @org.junit.jupiter.api.Test
    void shouldEchoEachOfANeighboursSyncsOnceInItsNextOnesAndAnswerBareRequestsAtOnce() {
        ClockSync a = new ClockSync(0, TICK, true);
        a.found();
        a.linkUp(2);
        SyncMessage bare = new SyncMessage(0, 5 * MS, 0, SyncMessage.NO_ECHO, SyncMessage.UNSYNCED);
        assertTrue(a.incoming(2, bare, 100 * MS), "a bare request (as earlier builds send) is answered at once");
        SyncMessage first = a.outgoing(2, 150 * MS);
        assertFalse(first.hasEcho(), "nothing to echo yet: a bare request");
        SyncMessage answer = new SyncMessage(0, 400 * MS, first.sentClockNanos(), 30 * MS, SyncMessage.UNSYNCED);
        assertFalse(a.incoming(2, answer, 600 * MS), "an echoing SYNC is an answer, not answered at once");
        assertEquals(420 * MS, a.rttNanos(2), "600 − 150 − 30 held");
        SyncMessage next = a.outgoing(2, 650 * MS);
        assertEquals(400 * MS, next.echoClockNanos(), "the next SYNC echoes it");
        assertEquals(50 * MS, next.heldNanos(), "held from 600 to 650");
        assertFalse(a.outgoing(2, 700 * MS).hasEcho(), "each SYNC is echoed once");
        ClockSync paper = new ClockSync(0, TICK, false);
        paper.incoming(2, answer, 600 * MS);
        assertFalse(paper.outgoing(2, 650 * MS).hasEcho(), "the paper's rule: requests and immediate answers only");
    }

    /** Two restarted peers that find only each other must not found a time between them. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void shouldNotLearnTheTimeFromAPeerThatDoesNotHoldIt(long seed) {
        long d = disagreementNanos(seed, 50, 10, 10, false);
        assertEquals(3_000 * MS, d, "neither moved: B started 3 s after A and stays so");
    }
}
