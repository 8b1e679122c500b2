package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.cli.apps.TestApps;
import io.symp.record.LogReader;
import io.symp.record.LogRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app of one's own through the tools: a deliberately non-deterministic app from a jar (a
 * static field; Math.random) is caught by {@code symp sim --sync-test 8}, named by
 * {@code symp replay}, and {@code symp bisect} of two of its live logs names the tick where the
 * live peers diverged, not tick 1 (its replays no longer share the static).
 */
class AppToolchainTest {
    @TempDir
    Path dir;
    private Path topology;

    @BeforeEach
    void smallNetwork() throws IOException {
        topology = Files.writeString(dir.resolve("line.topo"), "peer 0\npeer 1\npeer 2\nlink 0 1\nlink 1 2\n");
    }

    private CliTest.Result sim(Path jar, String app, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sim", "--app-path", jar.toString(), "--app", app,
                "--topology", topology.toString(), "--duration", "20s", "--warmup", "2s", "--start-spread", "1s",
                "--rate", "300", "--latency", "40ms", "--no-timing"));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void shouldCatchAStaticFieldWithSimSyncTest() throws IOException {
        CliTest.Result r = sim(TestApps.leaky(dir), "leaky", "--sync-test", "8", "--json");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\"sync_test_findings\":3"), r.out());
        assertTrue(r.out().matches("(?s).*\"sync_test\":\\[\\{\"peer\":\"0\",\"tick\":[0-9]+,.*"), r.out());
        assertTrue(r.out().contains("\"fields\":[\"score\"]"), r.out());
    }

    @Test
    void shouldCatchMathRandomWithSimSyncTestInTheReport() throws IOException {
        CliTest.Result r = sim(TestApps.dice(dir), "dice", "--sync-test", "8");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("sync-test: peer 0: application is not deterministic at tick "), r.out());
        assertTrue(r.out().contains("\n  score (bytes 8..15): "), r.out());
    }

    @Test
    void shouldPassAHealthyAppUnderSyncTest() throws IOException {
        CliTest.Result r = sim(TestApps.arena(dir, "arena.jar", "return v * 3 + 1;"), "arena", "--sync-test", "8");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("sync_test_findings                    0"), r.out());
    }

    @Test
    void shouldBisectTwoLiveLogsOfTheStaticFieldAppToTheirLiveDivergence() throws IOException {
        Path jar = TestApps.leaky(dir);
        Path logs = dir.resolve("logs");
        CliTest.Result s = sim(jar, "leaky", "--record-dir", logs.toString());
        assertEquals(1, s.code(), "the live peers diverge: " + s.out() + s.err());
        Path a = logs.resolve("peer0.symplog");
        Path b = logs.resolve("peer2.symplog");
        CliTest.Result r = CliTest.run("bisect", "--app-path", jar.toString(), a.toString(), b.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        long tick = Long.parseLong(find("first divergence at tick ([0-9]+)", r.out()));
        assertTrue(tick > 1, r.out());
        assertTrue(tick <= firstCheckpointDifference(a, b), "at or before the checkpoints differ: " + r.out());
        assertTrue(r.out().contains("cause: same events, different live states"), r.out());
        assertTrue(r.out().contains("live state diff: [score (bytes 8..15): "), r.out());
        assertTrue(r.out().contains("sync-test of the replay: application is not deterministic"), r.out());
        assertTrue(r.out().contains("hint: if the app may not be deterministic"), r.out());
        // What bisect said before each replay had its own class loader: the static leaked.
        io.symp.app.Apps shared = io.symp.app.Apps.withJars(List.of(jar.toFile()));
        io.symp.replay.BisectResult leaked = io.symp.replay.Bisect.between(LogReader.read(a), LogReader.read(b),
                () -> shared.create("leaky"));
        assertEquals(1, leaked.firstDivergence(), "a shared class blames tick 1");
    }

    @Test
    void shouldNameTheFieldsAtReplaysFirstMismatchAndSuggestSyncTest() throws IOException {
        Path jar = TestApps.leaky(dir);
        Path logs = dir.resolve("logs");
        sim(jar, "leaky", "--record-dir", logs.toString());
        CliTest.Result r = CliTest.run("replay", "--app-path", jar.toString(), logs.resolve("peer1.symplog").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("sync test: application is not deterministic at tick "), r.out());
        assertTrue(r.out().contains("\n  score (bytes 8..15): "), r.out());
        assertTrue(r.out().contains("hint: if the app may not be deterministic"), r.out());
    }

    @Test
    void shouldSayWhichAppALogNeedsAndHowToGiveIt() throws IOException {
        Path jar = TestApps.arena(dir, "arena.jar", "return v + 1;");
        Path logs = dir.resolve("logs");
        assertEquals(0, sim(jar, "arena", "--record-dir", logs.toString()).code());
        String log = logs.resolve("peer0.symplog").toString();
        CliTest.Result r = CliTest.run("replay", log);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().matches("symp replay: " + Pattern.quote(log) + ": recorded with app arena v1 \\(code"
                + " [0-9a-f]{16}\\), which is not known here \\(known: counter, doc, move\\); give its jar with"
                + " --app-path JAR\\s*"), r.err());
        CliTest.Result ok = CliTest.run("replay", "--app-path", jar.toString(), log);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        CliTest.Result inspect = CliTest.run("inspect", "--app-path", jar.toString(), log);
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().contains("fields: [total, score]"), inspect.out());
        assertTrue(inspect.out().contains("last snapshot: total="), inspect.out());
        CliTest.Result bare = CliTest.run("inspect", log);
        assertEquals(0, bare.code(), bare.err());
        assertTrue(bare.err().contains("give its jar with --app-path JAR to see its state fields"), bare.err());
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }

    /** The first tick both logs checkpointed with different full hashes (a live divergence). */
    private static long firstCheckpointDifference(Path a, Path b) {
        java.util.TreeMap<Long, Long> as = checkpoints(a);
        java.util.TreeMap<Long, Long> bs = checkpoints(b);
        for (var e : as.entrySet()) {
            Long other = bs.get(e.getKey());
            if (other != null && !other.equals(e.getValue())) {
                return e.getKey();
            }
        }
        return Long.MAX_VALUE;
    }

    private static java.util.TreeMap<Long, Long> checkpoints(Path log) {
        java.util.TreeMap<Long, Long> out = new java.util.TreeMap<>();
        for (LogRecord r : LogReader.read(log).records()) {
            if (r instanceof LogRecord.Checkpoint c) {
                out.put(c.tick(), c.hash());
            }
        }
        assertNotEquals(0, out.size());
        return out;
    }
}
