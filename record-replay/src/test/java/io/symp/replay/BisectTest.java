package io.symp.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.record.LogContents;
import io.symp.record.LogReader;
import io.symp.record.LogRecord;
import io.symp.record.LogWriter;
import java.nio.file.Files;
import java.util.Arrays;
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
    @ValueSource(longs = {1, 2, 3})
    void shouldCompareOverTheCommonSpanOfACutLog(long seed) throws IOException {
        List<Path> logs = Logs.record(dir, seed, 3, 1000, -1, 0);
        byte[] bytes = Files.readAllBytes(logs.get(1));
        Path cut = dir.resolve("cut.symplog");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        LogContents b = LogReader.read(cut);
        BisectResult r = Bisect.between(LogReader.read(logs.get(0)), b,
                () -> Apps.builtIn().create("move"));
        assertTrue(r.agree(), "seed " + seed + " diverged at " + r.firstDivergence());
        assertTrue(r.commonTo() < 900, "seed " + seed + " common to " + r.commonTo());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void shouldNameTheEventALogLacks(long seed) throws IOException {
        List<Path> logs = Logs.record(dir, seed, 3, 1000, -1, 0);
        LogContents a = LogReader.read(logs.get(0));
        Path lacking = dir.resolve("lacking.symplog");
        Event dropped = null;
        try (LogWriter w = new LogWriter(Files.newOutputStream(lacking), a.header())) {
            for (LogRecord rec : a.records()) {
                if (rec instanceof LogRecord.EventRecord e && dropped == null
                        && e.event().tick() > 300) {
                    dropped = e.event();
                    continue;
                }
                w.append(rec);
            }
        }
        BisectResult r = Bisect.between(a, LogReader.read(lacking),
                () -> Apps.builtIn().create("move"));
        if (!r.agree()) {
            assertTrue(r.firstDivergence() >= dropped.tick(), "seed " + seed);
            assertEquals(List.of(dropped), r.onlyInA(), "seed " + seed);
            assertEquals(List.of(), r.onlyInB(), "seed " + seed);
        }
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
