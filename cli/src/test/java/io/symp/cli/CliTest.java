package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command tree as a user meets it: help, version, exit codes and one-line errors. */
class CliTest {
    /** Runs symp in-process; returns exit code, stdout and stderr. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {}

    @Test
    void shouldPrintTheVersion() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("symp "), r.out());
    }

    @Test
    void shouldListTheCommandsInHelp() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("apps"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void shouldRefuseAnUnknownCommandInOneLineWithExitTwo() {
        Result r = run("nonsense");
        assertEquals(2, r.code());
        assertEquals("symp: unknown command 'nonsense'; see 'symp --help'", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void shouldSuggestTheCommandATypoMeant() {
        Result r = run("appz");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean 'apps'?"), r.err());
    }

    @Test
    void shouldRefuseAnUnknownOptionOfASubcommand() {
        Result r = run("apps", "--bogus");
        assertEquals(2, r.code());
        assertEquals("symp apps: unknown option '--bogus'; see 'symp apps --help'", r.err().strip());
    }

    @Test
    void shouldListTheBuiltInApps() {
        Result r = run("apps");
        assertEquals(0, r.code());
        for (String app : new String[] {"move", "counter", "doc"}) {
            assertTrue(r.out().contains(app + " "), r.out());
        }
        assertTrue(run("apps", "--json").out().lines().allMatch(l -> l.startsWith("{\"name\":")));
    }

    @Test
    void shouldExplainAnUnusableAppJarInOneLine() {
        Result r = run("apps", "--app-path", "/nonexistent.jar");
        assertEquals(2, r.code());
        assertEquals("symp apps: app path /nonexistent.jar: no such file", r.err().strip());
    }

    @Test
    void shouldDescribeThePapersTopologyAsJson() {
        Result r = run("topo", "show", "paper-21", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"name\":\"paper-21\",\"peers\":21,\"links\":31,\"degree_min\":1,\"degree_max\":6,"
                + "\"connected\":true,\"diameter_hops\":14,\"diameter_from\":0,\"diameter_to\":20,\"avg_hops\":5.03}", r.out().strip());
    }

    @Test
    void shouldListEveryErrorOfABadTopologyFileAndExitOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("bad.topo");
        java.nio.file.Files.writeString(file, "peer 0\nlink 0 1\nwhat\n");
        Result r = run("topo", "check", file.toString());
        assertEquals(1, r.code());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("bad.topo:2: unknown peer 1"), r.err());
        assertEquals(2, run("topo", "check", dir.resolve("missing.topo").toString()).code());
        assertEquals(2, run("topo", "show", "nowhere-7").code());
    }

    @Test
    void shouldReportABadTopologyFileAsAUsageErrorWithoutATrace(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("two.topo");
        java.nio.file.Files.writeString(file, "peer 0\npeer 0\nlink 0 0\n");
        Result r = run("topo", "show", file.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("symp topo show: " + file + ":2: duplicate peer 0",
                "symp topo show: " + file + ":3: link from peer 0 to itself"),
                r.err().lines().toList());
    }

    @Test
    void shouldSimulateThePapersCellIdenticallyTwiceWithoutLossOrDisagreement() {
        String[] args = {"sim", "--topology", "paper-21", "--latency", "50ms", "--rate", "25", "--mult", "2",
            "--duration", "60s", "--seed", "1", "--json", "--no-timing"};
        Result first = run(args);
        Result second = run(args);
        assertEquals(0, first.code(), first.err());
        assertEquals(first.out(), second.out());
        assertTrue(first.out().contains("\"events_lost\":0,"), first.out());
        assertTrue(first.out().contains("\"hashes_agree\":true"), first.out());
        double rollback = Double.parseDouble(first.out().replaceAll(".*\"rollback_pct\":([0-9.]+).*\n?", "$1"));
        assertTrue(rollback <= 3.1, "at or below the paper's 3.1 %: " + rollback);
    }

    @Test
    void shouldRefuseABadChurnSpecInOneLine() {
        Result r = run("sim", "--churn", "forty", "--duration", "10s");
        assertEquals(2, r.code());
        assertEquals("symp sim: --churn must be ON:OFF, two durations longer than 0 (e.g. 40s:20s; a bare number"
                + " is seconds), got 'forty'", r.err().strip());
    }

    @Test
    void shouldRenderHelpForEveryCommand() {
        java.util.List<String> failed = new java.util.ArrayList<>();
        visit(Main.commandLine(), new java.util.ArrayList<>(), failed);
        assertEquals(java.util.List.of(), failed, "commands whose --help fails (man pages use the same text)");
    }

    private static void visit(picocli.CommandLine cmd, java.util.List<String> path, java.util.List<String> failed) {
        for (var sub : cmd.getSubcommands().entrySet()) {
            java.util.List<String> args = new java.util.ArrayList<>(path);
            args.add(sub.getKey());
            java.util.List<String> help = new java.util.ArrayList<>(args);
            help.add("--help");
            Result r = run(help.toArray(String[]::new));
            if (r.code() != 0 || !r.out().startsWith("Usage: symp")) {
                failed.add(String.join(" ", args) + ": " + r.err());
            }
            visit(sub.getValue(), args, failed);
        }
    }

    @Test
    void shouldBisectASimulatedFaultToItsExactTick(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Result sim = run("sim", "--fault", "flip:3@1500", "--record-dir", dir.toString(), "--duration", "60s",
                "--seed", "1", "--no-timing");
        assertEquals(1, sim.code(), "the flipped peer disagrees: " + sim.out());
        Result bisect = run("bisect", dir.resolve("peer3.symplog").toString(), dir.resolve("peer0.symplog").toString());
        assertEquals(1, bisect.code(), bisect.err());
        assertTrue(bisect.out().startsWith("first divergence at tick 1500"), bisect.out());
        Result healthy = run("bisect", dir.resolve("peer5.symplog").toString(), dir.resolve("peer0.symplog").toString());
        assertEquals(0, healthy.code(), healthy.out() + healthy.err());
        assertEquals(0, run("replay", dir.resolve("peer0.symplog").toString()).code());
        assertEquals(2, run("sim", "--fault", "flip:x", "--duration", "10s").code());
    }
}
