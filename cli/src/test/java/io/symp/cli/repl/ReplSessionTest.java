package io.symp.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.hash.StateHash;
import io.symp.record.LogReader;
import io.symp.replay.ReplayResult;
import io.symp.replay.Replayer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Two REPL sessions on peers joined over loopback TCP in one JVM. */
class ReplSessionTest {
    private static final long WAIT_NANOS = 15_000_000_000L;

    private static NetworkPeer peer(long id, boolean joins) {
        PeerConfig config = PeerConfig.defaults(id).withFps(50).withDeltaTicks(10)
                .withSyncWaitTicks(joins ? Integer.MAX_VALUE : 0);
        return new NetworkPeer(config, Apps.builtIn().create("move"),
                new TransportConfig("test", null, 0, 0, 1));
    }

    private static String run(ReplSession session, String line) {
        StringWriter text = new StringWriter();
        int code = session.run(line, new PrintWriter(text));
        assertEquals(ReplSession.OK, code, line + ": " + text);
        return text.toString();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void shouldShowAnEventFromTheOtherPeerAndAgreeOnTheState() throws Exception {
        NetworkPeer a = peer(1, false);
        NetworkPeer b = peer(2, true);
        try (ReplSession sa = new ReplSession(a); ReplSession sb = new ReplSession(b)) {
            List<String> notices = new CopyOnWriteArrayList<>();
            sa.notices(notices::add);
            int port = a.start("127.0.0.1", 0);
            b.start("127.0.0.1", 0);
            run(sb, "link 127.0.0.1:" + port);
            await("link", () -> run(sa, "links").contains("1 links")
                    && run(sb, "links").contains("1 links"));
            assertTrue(run(sb, "peers").contains("peer 1"));
            await("link notice",
                    () -> notices.stream().anyMatch(n -> n.startsWith("! link up: peer 2 at ")));
            run(sa, "emit left");
            // Each run stamps its events with a fresh origin, not its id.
            String origin = "origin " + Long.toUnsignedString(a.peer().config().origin());
            await("event at b", () -> run(sb, "timeline").contains(origin + " seq 1 left"));
            String line = run(sb, "timeline").lines().filter(l -> l.contains("left"))
                    .findFirst().orElseThrow();
            long tick = Long.parseLong(line.split(" ")[1]);
            long settled = tick + 20;
            await("both past the event", () -> ticks(sa) > settled && ticks(sb) > settled);
            assertEquals(run(sa, "state " + settled), run(sb, "state " + settled));
            assertTrue(run(sb, "state " + settled).contains("dx=-1"));
            run(sa, "unlink 2");
            assertTrue(run(sa, "stats").contains("divergences 0"));
        }
    }

    private static String fails(ReplSession session, String line) {
        StringWriter text = new StringWriter();
        assertEquals(ReplSession.FAILED, session.run(line, new PrintWriter(text)), line + ": " + text);
        return text.toString().strip();
    }

    /** Text with spaces, quotes, escapes and '!', and bytes in hex, typed at one peer, shown and applied at both. */
    @Test
    void shouldCarryTypedTextAndBytesArgumentsToTheOtherPeer() throws Exception {
        PeerConfig config = PeerConfig.defaults(1).withFps(50).withDeltaTicks(10).withSyncWaitTicks(0);
        NetworkPeer a = new NetworkPeer(config, new io.symp.testapps.NoteApp(), new TransportConfig("test", null, 0, 0, 1));
        NetworkPeer b = new NetworkPeer(PeerConfig.defaults(2).withFps(50).withDeltaTicks(10)
                .withSyncWaitTicks(Integer.MAX_VALUE), new io.symp.testapps.NoteApp(),
                new TransportConfig("test", null, 0, 0, 1));
        try (ReplSession sa = new ReplSession(a); ReplSession sb = new ReplSession(b)) {
            int port = a.start("127.0.0.1", 0);
            b.start("127.0.0.1", 0);
            run(sb, "link 127.0.0.1:" + port);
            await("link", () -> run(sa, "links").contains("1 links") && run(sb, "links").contains("1 links"));
            run(sa, "emit note \"hi  \\\"you\\\"!\\u00e9\"");
            run(sa, "emit tag 0x0aFF -4");
            run(sb, "emit note bare");
            await("both events at b", () -> run(sb, "timeline").contains("tag key=0x0aff n=-4")
                    && run(sa, "timeline").contains("note text=\"bare\""));
            assertTrue(run(sb, "timeline").contains("note text=\"hi  \\\"you\\\"!\u00e9\""), run(sb, "timeline"));
            assertEquals("error: argument text of 0 bytes outside 1..40 bytes", fails(sa, "emit note \"\""));
            assertEquals("error: argument key of 9 bytes outside 0..8 bytes", fails(sa, "emit tag 0x" + "00".repeat(9) + " 1"));
            assertTrue(fails(sa, "emit tag 0xf 1").startsWith("error: argument key: expected bytes as 0x and an even"));
            assertTrue(fails(sa, "emit note \"open").startsWith("error: a quote is left open"));
            assertTrue(fails(sa, "emit note \"\\q\"").contains("unknown escape \\q"));
            long settled = Math.max(ticks(sa), ticks(sb)) + 30;
            await("both past the events", () -> ticks(sa) > settled && ticks(sb) > settled);
            assertEquals(run(sa, "state " + settled), run(sb, "state " + settled));
            assertTrue(run(sb, "state " + settled).contains("notes=2"), run(sb, "state " + settled));
        }
    }

    @Test
    void shouldRecordMidwayALogThatReplaysToTheSameStateAndCountBytes(@TempDir Path dir)
            throws Exception {
        NetworkPeer a = peer(1, false);
        NetworkPeer b = peer(2, true);
        Path log = dir.resolve("b.log");
        try (ReplSession sa = new ReplSession(a); ReplSession sb = new ReplSession(b)) {
            int port = a.start("127.0.0.1", 0);
            b.start("127.0.0.1", 0);
            run(sb, "link 127.0.0.1:" + port);
            await("link", () -> run(sb, "links").contains("1 links"));
            run(sa, "emit left");
            await("first event at b", () -> run(sb, "timeline").contains("left"));
            assertEquals("not recording\n", run(sb, "record"));
            assertTrue(run(sb, "record start " + log).startsWith("recording to " + log + " from tick 0"));
            assertTrue(failed(sb, "record start " + dir.resolve("other.log")).contains("already recording"));
            run(sa, "emit up");
            run(sb, "emit right");
            await("both events at b", () -> run(sb, "timeline").contains("3 events"));
            long settled = ticks(sb) + 30;
            await("b past the events", () -> ticks(sb) > settled);
            String stopped = run(sb, "record stop");
            assertTrue(stopped.startsWith("recorded ticks 0.."), stopped);
            long last = Long.parseLong(stopped.split("\\.\\.")[1].split(" ")[0]);
            assertTrue(failed(sb, "record stop").contains("not recording"));
            assertTrue(failed(sb, "record start " + log).contains("exists"));

            ReplayResult replay = new Replayer(LogReader.read(log), Apps.builtIn().create("move")).run();
            assertTrue(replay.clean(), replay.mismatch());
            assertEquals(3, replay.events());
            assertEquals(last, replay.lastTick());
            assertEquals(run(sb, "state " + last).split(" ")[3], StateHash.hex(replay.state().hash()));

            String stats = run(sb, "stats");
            assertTrue(stats.matches("(?s).*bytes sent [1-9][0-9.]* (B|KiB).*received [1-9].*"), stats);
            assertTrue(stats.contains("delta 10 ticks (fixed)"), stats);
        }
    }

    private static String failed(ReplSession session, String line) {
        StringWriter text = new StringWriter();
        assertEquals(ReplSession.FAILED, session.run(line, new PrintWriter(text)), line + ": " + text);
        return text.toString();
    }

    private static long ticks(ReplSession s) {
        return s.peer().call(() -> s.peer().peer().tick());
    }
}
