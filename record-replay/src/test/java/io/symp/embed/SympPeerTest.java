package io.symp.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.State;
import io.symp.record.LogReader;
import io.symp.replay.ReplayResult;
import io.symp.replay.Replayer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three embedded peers over loopback TCP, driven from several threads, recording. */
class SympPeerTest {
    @TempDir
    Path dir;

    static void await(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static long events(SympPeer p) {
        return p.latest().state().getLong(8);
    }

    @Test
    void shouldRunThreePeersThatAgreeAndRecordWhatTheyDid() throws Exception {
        List<Long> linked = new CopyOnWriteArrayList<>();
        List<SympPeer> peers = new ArrayList<>();
        try {
            SympPeer a = SympPeer.builder(Apps.builtIn().create("counter")).id(1).session("t").fps(100)
                    .delta(Duration.ofMillis(100)).record(dir.resolve("a.symplog")).start();
            peers.add(a);
            a.addListener(new SympListener() {
                @Override
                public void linkUp(long peerId) {
                    linked.add(peerId);
                }
            });
            for (long id = 2; id <= 3; id++) {
                peers.add(SympPeer.builder(Apps.builtIn().create("counter")).id(id).session("t").fps(100)
                        .delta(Duration.ofMillis(100)).join("127.0.0.1", a.port())
                        .record(dir.resolve("p" + id + ".symplog")).start());
            }
            await("both joiners linked", 10_000, () -> a.linkCount() == 2);
            assertEquals(2, linked.size(), "the listener heard both links");
            List<Thread> emitters = new ArrayList<>();
            for (SympPeer p : peers) {
                Thread t = new Thread(() -> {
                    for (int i = 1; i <= 10; i++) {
                        p.emit("add", i);
                    }
                });
                emitters.add(t);
                t.start();
            }
            for (Thread t : emitters) {
                t.join();
            }
            await("30 events everywhere", 15_000, () -> peers.stream().allMatch(p -> events(p) == 30));
            long common = peers.stream().mapToLong(SympPeer::tick).min().orElseThrow();
            long hash = peers.get(0).stateAt(common).hash();
            for (SympPeer p : peers) {
                assertEquals(hash, p.stateAt(common).hash(), "peer " + p.id() + " at tick " + common);
                assertEquals(165, p.stateAt(common).state().getLong(0), "each of 1..10 from each peer");
                assertEquals(0, p.divergences());
            }
            TickState settled = a.settled();
            assertTrue(settled.settled() && settled.tick() <= common);
            assertFalse(a.latest().state() instanceof State, "a copy, read only");
        } finally {
            peers.forEach(SympPeer::close);
        }
        for (String name : List.of("a.symplog", "p2.symplog", "p3.symplog")) {
            ReplayResult r = new Replayer(LogReader.read(dir.resolve(name)), Apps.builtIn().create("counter")).run();
            assertTrue(r.clean(), name + ": " + r.firstMismatch() + " " + r.mismatch());
            assertEquals(30, r.events(), name);
        }
    }

    @Test
    void shouldRefuseBadArgumentsInTheCallersThreadAndNeverReplaceARecording() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.symplog"), "keep me");
        assertThrows(FileAlreadyExistsException.class, () -> SympPeer.builder(Apps.builtIn().create("counter"))
                .record(existing).start());
        assertEquals("keep me", Files.readString(existing));
        try (SympPeer p = SympPeer.builder(Apps.builtIn().create("counter")).start()) {
            assertThrows(IllegalArgumentException.class, () -> p.emit("nope"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.emit("add", 1L << 40));
            assertTrue(e.getMessage().startsWith("event add: argument n = 1099511627776"), e.getMessage());
            assertNotNull(p.latest());
            p.close();
            assertThrows(IllegalStateException.class, () -> p.emit("add", 1));
        }
    }
}
