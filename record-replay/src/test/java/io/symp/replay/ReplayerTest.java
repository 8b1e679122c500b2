package io.symp.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.record.LogContents;
import io.symp.record.LogReader;
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

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldReportTheFaultyTickWhenStateWasCorrupted(long seed) throws IOException {
        List<Path> logs = Logs.record(dir, seed, 3, 800, 1, 333);
        ReplayResult r = new Replayer(LogReader.read(logs.get(1)),
                Apps.builtIn().create("move")).run();
        assertEquals(333, r.firstMismatch(), "seed " + seed);
    }
}
