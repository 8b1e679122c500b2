package io.symp.cli;

import io.symp.core.UserError;
import io.symp.peer.Protocol;
import io.symp.clock.DriftingClock;
import io.symp.sim.Latency;
import io.symp.sim.SimFaults;
import io.symp.sim.SimConfig;
import io.symp.sim.SimResult;
import io.symp.sim.Simulation;
import io.symp.topology.LinkSpec;
import io.symp.topology.PeerSpec;
import io.symp.topology.Topology;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symp sim}: real peers on a simulated network in virtual time; the paper's metrics. */
@Command(name = "sim", sortOptions = false,
        description = {"Run real peers over a simulated network in virtual time and report the paper's metrics.",
            "The metrics: rollback %% (and the perfect-clock floor), pace %%, recovery time, lost"
                + " events, and whether every peer ends with the same state hash."})
public final class SimCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--topology", paramLabel = "NAME|FILE", completionCandidates = Candidates.TopologyNames.class, defaultValue = "paper-21", description = "Shipped name or file (default: ${DEFAULT-VALUE}).")
    String topology;

    @Option(names = "--app", paramLabel = "APP", completionCandidates = Candidates.AppNames.class, defaultValue = "move", description = "Application (default: ${DEFAULT-VALUE}).")
    String app;

    @Mixin AppPathOption appPath;

    @Option(names = "--latency", paramLabel = "DURATION", defaultValue = "50ms", converter = Durations.class,
            description = "Mean one-way latency per link, for links without their own (default: ${DEFAULT-VALUE}).")
    long latencyNanos;

    @Option(names = "--jitter", paramLabel = "DURATION", converter = Durations.class,
            description = "Latency standard deviation (default: 20%% of the latency, as the paper).")
    Long jitterNanos;

    @Option(names = "--rate", paramLabel = "PER_MINUTE", defaultValue = "25", description = "Events per minute, whole network (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--mult", paramLabel = "MULT", defaultValue = "2", description = "Δ = latency × average hops × mult (default: ${DEFAULT-VALUE}).")
    double mult;

    @Option(names = "--delta", paramLabel = "DURATION|auto", converter = DeltaOption.Converter.class,
            description = "Fixed Δ instead of latency × hops × mult; or auto: each peer chooses the least Δ"
                    + " that keeps rollbacks within --rollback-budget, from the delays it measures"
                    + " (starting from latency × hops × mult).")
    DeltaOption delta;

    @Option(names = "--rollback-budget", paramLabel = "PCT", converter = Percentages.class,
            description = "With --delta auto: the rollback %% to stay within, such as 1%% or 0.5%% (default: 1%%).")
    Double rollbackBudget;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "50", description = "Ticks per second (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "5m", converter = Durations.class, description = "Run length (default: ${DEFAULT-VALUE}).")
    long durationNanos;

    @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "30s", converter = Durations.class,
            description = "Excluded from the metrics (default: ${DEFAULT-VALUE}).")
    long warmupNanos;

    @Option(names = "--start-spread", paramLabel = "DURATION", defaultValue = "10s", converter = Durations.class,
            description = "Each peer starts after a random delay up to this (default: ${DEFAULT-VALUE}).")
    long startSpreadNanos;

    @Option(names = "--links", paramLabel = "ordered|unordered", completionCandidates = Candidates.LinkOrders.class, defaultValue = "ordered",
            description = {"ordered: each link delivers in order, like TCP (default);",
                "unordered: every message takes its own delay and may overtake (UDP, several paths)."})
    String linkOrder;

    @Option(names = "--churn", paramLabel = "ON:OFF",
            description = "Mean time online and offline per peer (exponential), two durations such as"
                    + " 40s:20s (a bare number is seconds).")
    String churn;

    @Option(names = "--clock-drift", paramLabel = "PPM", defaultValue = "0",
            description = "Each peer's clock runs fast or slow by a drift drawn in ±PPM parts per million"
                    + " (e.g. 200; default: ${DEFAULT-VALUE}).")
    double clockDriftPpm;

    @Option(names = "--clock-offset", paramLabel = "DURATION", defaultValue = "0s", converter = Durations.class,
            description = "Each peer's clock reads the shared time plus an offset drawn in ±DURATION (default: ${DEFAULT-VALUE}).")
    long clockOffsetNanos;

    @picocli.CommandLine.Mixin
    FaultOptions faultOptions;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", paramLabel = "N", description = "Runs with seeds seed, seed+1, ...; metrics averaged (default: 1, 3 with --grid).")
    Integer runsOption;

    @Option(names = "--grid", paramLabel = "paper", completionCandidates = Candidates.Grids.class,
            description = "Run the paper's 108 cells (latency × rate × mult), both protocols, on every core.")
    String grid;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sim-grid",
            description = "Directory for the grid's CSV, SVG and PNG (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path out;

    int runs = 1;

    @Option(names = "--swarm", paramLabel = "N",
            description = {"Run N seeds from --seed, each drawing its own topology, workload, clocks and faults,",
                "and check every one (safety, then liveness); print the command that reproduces each failure."})
    Integer swarm;

    @Option(names = "--protocol", paramLabel = "symp|paper|both", completionCandidates = Candidates.Protocols.class, defaultValue = "symp", description = "symp, paper, or both (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--sync-test", paramLabel = "N", defaultValue = "0",
            description = "Sync-test every peer: roll back up to N ticks every tick and compare.")
    int syncTest;

    @Option(names = "--json", description = "One JSON object per protocol run, one per line.")
    boolean json;

    @Option(names = "--record-dir", paramLabel = "DIR",
            description = "Record every peer's timeline to DIR/peer<ID>.symplog (see 'symp replay', 'symp bisect').")
    java.nio.file.Path recordDir;

    @Option(names = "--fault", paramLabel = "FAULT",
            description = "FAULT is flip:PEER@TICK: flip one byte of PEER's state at TICK, a divergence for 'symp bisect' to find.")
    String fault;

    @Option(names = "--clock-trace", paramLabel = "FILE",
            description = {"Write every peer's time against the network's, sampled each second of virtual time, as CSV",
                "(several runs or protocols: FILE-<protocol>-seed<N>.csv; columns in docs/EVALUATION.md)."})
    Path clockTrace;

    @Option(names = "--force", description = "Replace the logs already in --record-dir, or the --clock-trace file.")
    boolean force;

    @Option(names = "--no-timing", description = "Leave wall and CPU time out, so that outputs can be diffed.")
    boolean noTiming;

    @Override
    public Integer call() throws java.io.IOException {
        SimFlags.check(this);
        runs = runsOption != null ? runsOption : grid != null ? 3 : 1;
        if (swarm != null) {
            return runSwarm();
        }
        if (grid != null) {
            return runGrid();
        }
        SimConfig base = config();
        List<Protocol> protocols = switch (protocol.toLowerCase(Locale.ROOT)) {
            case "symp" -> List.of(Protocol.SYMP);
            case "paper" -> List.of(Protocol.PAPER);
            case "both" -> List.of(Protocol.SYMP, Protocol.PAPER);
            default -> throw new UserError("--protocol must be symp, paper or both, got '" + protocol + "'");
        };
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        List<String> findingLines = new ArrayList<>();
        boolean healthy = true;
        for (Protocol p : protocols) {
            List<SimResult> rs = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Simulation sim = new Simulation(base.withProtocol(p).withSeed(seed + run), apps());
                if (recordDir != null || fault != null) {
                    boolean several = runs > 1 || protocols.size() > 1;
                    Path dir = recordDir == null ? null
                            : several ? recordDir.resolve(p.name().toLowerCase(Locale.ROOT) + "-seed" + (seed + run)) : recordDir;
                    sim.observe(new SimRecording(dir, fault));
                }
                if (clockTrace != null) {
                    boolean several = runs > 1 || protocols.size() > 1;
                    rs.add(SimClockTrace.run(sim, several ? SimClockTrace.name(clockTrace, p, seed + run) : clockTrace, force));
                } else {
                    rs.add(sim.run());
                }
                sim.nonDeterminism().forEach((id, n) -> {
                    findings.add(SyncTestFindings.json(id, n));
                    findingLines.add(SyncTestFindings.text(id, n));
                });
            }
            Map<String, Object> summary = SimReport.summarise(rs, base, noTiming);
            if (syncTest > 0) {
                summary.put("sync_test_findings", findings.size());
                healthy &= findings.isEmpty();
            }
            // Ours must pass every check; the paper's algorithm is run to be compared, and loses.
            healthy &= p == Protocol.PAPER || (Boolean) summary.get("sound");
            results.add(summary);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            if (!findings.isEmpty()) {
                results.forEach(r -> r.put("sync_test", findings));
            }
            results.forEach(r -> out.println(Json.write(r)));
        } else {
            SimReport.print(out, results);
            findingLines.forEach(out::println);
        }
        out.flush();
        return healthy ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private int runGrid() throws java.io.IOException {
        if (!"paper".equals(grid)) {
            throw new UserError("--grid must be 'paper', got '" + grid + "'");
        }
        if (delta != null) {
            throw new UserError("--grid paper runs the paper's multipliers: leave out --delta (see docs/tradeoff.sh)");
        }
        config();
        long start = System.nanoTime();
        SimGrid g = new SimGrid(this::config, runs, seed, apps());
        List<GridCell> cells = g.run(spec.commandLine().getErr());
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        String subtitle = String.format(Locale.ROOT, "%d run(s) × %s s per cell from seed %d, jitter %s,"
                + " %d FPS, Δ from 5.03 average hops", runs, durationNanos / 1_000_000_000L, seed,
                jitterNanos == null ? "20% of the latency" : jitterNanos / 1_000_000 + " ms", fps);
        List<java.nio.file.Path> files = SimGrid.write(out, cells, subtitle);
        Map<String, Object> m = GridSummary.of(cells, runs, durationNanos, wallMs);
        m.put("files", files.stream().map(Object::toString).toList());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Json.write(m));
        } else {
            m.forEach((k, v) -> w.printf(Locale.ROOT, "%-28s %s%n", k, v));
        }
        w.flush();
        return (Long) m.get("events_lost") == 0 && (Boolean) m.get("hashes_agree") ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private int runSwarm() {
        if (swarm < 1) {
            throw new UserError("--swarm must be >= 1, got " + swarm);
        }
        for (var o : spec.commandLine().getParseResult().matchedOptions()) {
            if (!java.util.Set.of("--swarm", "--seed", "--json", "--no-timing").contains(o.longestName())) {
                throw new UserError("--swarm draws every other option from each seed: leave out " + o.longestName());
            }
        }
        long start = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        List<SimSwarm.Run> runs;
        try (Progress progress = new Progress("swarm", swarm, err)) {
            runs = SimSwarm.run(seed, swarm, progress::stepBy);
        }
        Long wallMs = noTiming ? null : (System.nanoTime() - start) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(SwarmReport.json(seed, runs, wallMs)));
        } else {
            SwarmReport.print(out, seed, runs, wallMs);
        }
        out.flush();
        return runs.stream().anyMatch(SimSwarm.Run::failed) ? ExitCodes.PROBLEM : ExitCodes.OK;
    }

    /** Each peer's own instance of an app from the app path; null: the simulator's own apps. */
    private java.util.function.Supplier<io.symp.app.SymmetricApp> apps() {
        return appPath.apps().has(app) ? appPath.apps().isolated(app) : null;
    }

    SimConfig config() {
        return config(latencyNanos, rate, mult);
    }

    private SimConfig config(long latencyNanos, double rate, double mult) {
        Checks.within("--runs", runs, 1, Integer.MAX_VALUE);
        Checks.within("--fps", fps, 1, 1000);
        Checks.within("--rate", rate, 0, Double.MAX_VALUE);
        Topology t = TopoCommand.load(topology);
        double latencyMs = latencyNanos / 1e6;
        double jitterMs = jitterNanos == null ? latencyMs * 0.2 : jitterNanos / 1e6;
        List<SimConfig.SimLinkSpec> links = new ArrayList<>();
        for (LinkSpec l : t.links()) {
            links.add(new SimConfig.SimLinkSpec(l.a(), l.b(), new Latency(
                    l.latencyMs() != null ? l.latencyMs() : latencyMs, l.jitterMs() != null ? l.jitterMs() : jitterMs)));
        }
        long tickNanos = 1_000_000_000L / fps;
        double hops = Math.max(1, t.measures().averageHops());
        double budget = DeltaOption.rollbackBudget(delta, rollbackBudget);
        long deltaNanos = delta != null && !delta.auto() ? delta.nanos() : Math.round(latencyNanos * hops * mult);
        int deltaTicks = (int) Math.max(1, Math.round((double) deltaNanos / tickNanos));
        double[] onOff = parseChurn();
        if (!linkOrder.equals("ordered") && !linkOrder.equals("unordered")) {
            throw new UserError("--links must be 'ordered' or 'unordered', got '" + linkOrder + "'");
        }
        if (clockDriftPpm < 0 || clockDriftPpm > DriftingClock.DRIFT_PPM_MAX) {
            throw new UserError("--clock-drift must be 0.." + DriftingClock.DRIFT_PPM_MAX + " ppm, got " + clockDriftPpm);
        }
        SimFaults faults = faultOptions.faults(SimFaults.NONE.withClocks(clockDriftPpm, clockOffsetNanos),
                t.peers().size());
        return new SimConfig(t.peers().stream().map(PeerSpec::id).toList(), links, app, fps, deltaTicks, rate,
                durationNanos, Math.min(warmupNanos, durationNanos / 2), startSpreadNanos, onOff[0], onOff[1],
                seed, Protocol.SYMP, syncTest, linkOrder.equals("ordered"), budget, faults);
    }

    /** Mean seconds online and offline: two durations in the one grammar, bare numbers seconds. */
    private double[] parseChurn() {
        if (churn == null) {
            return new double[] {0, 0};
        }
        String[] parts = churn.split(":", -1);
        try {
            if (parts.length == 2) {
                var seconds = new Durations.SecondsByDefault();
                double on = seconds.convert(parts[0]) / 1e9;
                double off = seconds.convert(parts[1]) / 1e9;
                if (on > 0 && off > 0) {
                    return new double[] {on, off};
                }
            }
        } catch (picocli.CommandLine.TypeConversionException e) {
            // Reported below.
        }
        throw new UserError("--churn must be ON:OFF, two durations longer than 0 (e.g. 40s:20s; a bare"
                + " number is seconds), got '" + churn + "'");
    }
}
