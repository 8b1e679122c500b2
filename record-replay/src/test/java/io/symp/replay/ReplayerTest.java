package io.symp.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.peer.Peer;
import io.symp.peer.PeerConfig;
import io.symp.record.LogContents;
import io.symp.record.LogHeader;
import io.symp.record.LogReader;
import io.symp.record.Recorder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayerTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void shouldReplayEveryPeersLogClean(long seed) throws IOException {
        List<Path> logs = Logs.record(dir, seed, 3, 1500, -1, 0);
        for (Path file : logs) {
            LogContents log = LogReader.read(file);
            ReplayResult r = new Replayer(log, Apps.builtIn().create("move")).run();
            assertTrue(r.clean(), "seed " + seed + " " + file + ": tick " + r.firstMismatch()
                    + " " + r.mismatch());
            assertTrue(r.checkpoints() >= 25, "seed " + seed);
            assertTrue(r.events() > 100, "seed " + seed);
            assertEquals(r.rollbacksRecorded(), r.rollbacksReplayed(), "seed " + seed);
            assertTrue(r.rollbacksRecorded() > 0, "seed " + seed + ": no late event tested");
        }
    }

    /** A state over Limits.TICK_HASH_REGION_BYTES_MAX: hashed at checkpoints only, still verified. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void shouldReplayALargeStateHashedOnlyAtCheckpoints(long seed) throws IOException {
        PeerNet net = new PeerNet(seed, 2, PeerConfig.defaults(1).withSnapshots(8, 64), WideApp::new);
        List<Path> logs = Logs.record(net, dir, seed, 400, 1, 350);
        LogContents clean = LogReader.read(logs.get(0));
        assertEquals(0, clean.records().stream().filter(r -> r instanceof io.symp.record.LogRecord.TickHash).count());
        assertTrue(clean.records().stream().filter(r -> r instanceof io.symp.record.LogRecord.Tick).count() > 350);
        ReplayResult r = new Replayer(clean, new WideApp()).run();
        assertTrue(r.clean(), "seed " + seed + ": tick " + r.firstMismatch() + " " + r.mismatch());
        assertTrue(r.checkpoints() >= 7, "seed " + seed);
        ReplayResult faulty = new Replayer(LogReader.read(logs.get(1)), new WideApp()).run();
        assertEquals(350, faulty.firstMismatch(), "seed " + seed + ": a flip at a checkpoint");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldReportTheFaultyTickWhenStateWasCorrupted(long seed) throws IOException {
        List<Path> logs = Logs.record(dir, seed, 3, 800, 1, 333);
        ReplayResult r = new Replayer(LogReader.read(logs.get(1)),
                Apps.builtIn().create("move")).run();
        assertEquals(333, r.firstMismatch(), "seed " + seed);
    }

    /** Seeds 1-3 with the default ring (reaching back to tick 0), 4-6 with one of 512 ticks. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void shouldReplayARecordingStartedAndStoppedMidway(long seed) throws IOException {
        PeerConfig base = seed <= 3 ? PeerConfig.defaults(1) : PeerConfig.defaults(1).withSnapshots(8, 64);
        PeerNet net = new PeerNet(seed, 3, base);
        net.connectAll();
        net.run(1200, 0.3);
        Peer peer = net.peers.get(1);
        Path file = dir.resolve("midway-" + seed + ".log");
        long reach = peer.oldestTick();
        Recorder recorder = Recorder.attach(file, LogHeader.of(peer, "s", 0), peer);
        net.run(1500, 0.3);
        long stoppedAt = peer.tick();
        long hash = peer.stateHash();
        recorder.detach(peer);
        net.run(100, 0.3);

        LogContents log = LogReader.read(file);
        ReplayResult r = new Replayer(log, Apps.builtIn().create("move")).run();
        assertTrue(r.clean(), "seed " + seed + ": tick " + r.firstMismatch() + " " + r.mismatch());
        assertEquals(reach, r.firstTick(), "starts as far back as a late event can reach");
        assertEquals(stoppedAt, r.lastTick());
        assertEquals(hash, r.state().hash(), "seed " + seed);
        assertTrue(r.rollbacksRecorded() > 0, "seed " + seed + ": no late event tested");
        assertEquals(r.rollbacksRecorded(), r.rollbacksReplayed(), "seed " + seed);
    }
}
