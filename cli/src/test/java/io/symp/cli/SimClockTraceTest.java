package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.sim.ClockTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code symp sim --clock-trace FILE}: every peer's time against the network's, as CSV. */
class SimClockTraceTest {
    @TempDir Path dir;

    private static final String[] RUN = {"sim", "--latency", "100ms", "--clock-drift", "200", "--duration", "20s",
        "--seed", "1", "--json", "--no-timing"};

    private String[] traced(Path file, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(RUN));
        args.add("--clock-trace");
        args.add(file.toString());
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void shouldWriteOneRowPerOnlinePeerPerSecondWithoutChangingTheRun() throws Exception {
        Path file = dir.resolve("trace.csv");
        CliTest.Result traced = CliTest.run(traced(file));
        assertEquals(0, traced.code(), traced.err());
        assertEquals(CliTest.run(RUN).out(), traced.out(), "sampling draws nothing and moves nothing");
        List<String> lines = Files.readAllLines(file);
        assertEquals(ClockTrace.HEADER, lines.get(0));
        List<String[]> late = lines.stream().skip(1).map(l -> l.split(",")).filter(f -> f[0].equals("19.000")).toList();
        assertEquals(21, late.size(), "paper-21's peers, all online at 19 s");
        assertTrue(late.stream().allMatch(f -> f[2].equals("true")), "every peer holds the time by then");
        assertTrue(late.stream().anyMatch(f -> Double.parseDouble(f[3]) == 0), "one of them is the leader");
        assertTrue(late.stream().allMatch(f -> Double.parseDouble(f[3]) >= 0), "the others lag it");
    }

    @Test
    void shouldNameOneFilePerProtocolAndSeedForSeveralRuns() {
        Path file = dir.resolve("t.csv");
        CliTest.Result r = CliTest.run(traced(file, "--protocol", "both"));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("t-symp-seed1.csv")));
        assertTrue(Files.exists(dir.resolve("t-paper-seed1.csv")));
    }

    @Test
    void shouldReplaceAnExistingTraceOnlyWithForce() throws Exception {
        Path file = dir.resolve("old.csv");
        Files.writeString(file, "mine\n");
        CliTest.Result refused = CliTest.run(traced(file));
        assertEquals(2, refused.code());
        assertEquals("symp sim: --clock-trace: " + file + " exists (--force replaces it)", refused.err().strip());
        assertEquals("mine\n", Files.readString(file));
        assertEquals(0, CliTest.run(traced(file, "--force")).code());
        assertEquals(ClockTrace.HEADER, Files.readAllLines(file).get(0));
    }

    @Test
    void shouldRefuseATraceOfAGridInOneLine() {
        CliTest.Result r = CliTest.run("sim", "--grid", "paper", "--clock-trace", dir.resolve("g.csv").toString());
        assertEquals(2, r.code());
        assertEquals("symp sim: --clock-trace traces single runs: leave out --grid and --swarm", r.err().strip());
    }
}
