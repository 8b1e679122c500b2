package io.symp.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.record.LogReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BisectTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldAgreeOnTwoHealthyPeers(long seed) throws IOException {
        List<Path> logs = Logs.record(dir, seed, 3, 1000, -1, 0);
        BisectResult r = Bisect.between(LogReader.read(logs.get(0)), LogReader.read(logs.get(2)),
                () -> Apps.builtIn().create("move"));
        assertTrue(r.agree(), "seed " + seed + " diverged at " + r.firstDivergence());
        assertTrue(r.commonTo() - r.commonFrom() > 900, "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void shouldNameExactlyTheFaultyTick(long seed) throws IOException {
        long tick = 100 + seed * 97;
        List<Path> logs = Logs.record(dir, seed, 3, 1000, 2, tick);
        BisectResult r = Bisect.between(LogReader.read(logs.get(2)), LogReader.read(logs.get(0)),
                () -> Apps.builtIn().create("move"));
        assertEquals(tick, r.firstDivergence(), "seed " + seed);
        assertEquals(tick, r.replayA().firstMismatch(), "seed " + seed);
    }
}
