package io.symp.cli;

import io.symp.core.UserError;
import io.symp.peer.Limits;
import io.symp.topology.PeerSpec;
import io.symp.topology.Topology;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flags of {@code symp sim}, checked together before anything runs: each range and each
 * combination is its own one-line refusal, so a grid never fails after an hour of work.
 */
final class SimFlags {
    static final Pattern FAULT = Pattern.compile("flip:(\\d+)@(\\d+)");
    /** Multipliers beyond this stamp events hours ahead: surely a typo. */
    static final double MULT_MAX = 1000;
    static final int RUNS_MAX = 10_000;

    private SimFlags() {}

    static void check(SimCommand c) {
        boolean topologyGiven = c.spec.commandLine().getParseResult().hasMatchedOption("--topology");
        if (c.grid != null) {
            checkGrid(c, topologyGiven);
        }
        Checks.within("--fps", c.fps, 1, Limits.FPS_MAX);
        Checks.within("--runs", c.runsOption == null ? 1 : c.runsOption, 1, RUNS_MAX);
        Checks.within("--sync-test", c.syncTest, 0, Limits.SYNC_TEST_DEPTH_MAX);
        Checks.positiveNanos("--duration", c.durationNanos);
        boolean warmupGiven = c.spec.commandLine().getParseResult().hasMatchedOption("--warmup");
        if (warmupGiven && c.warmupNanos >= c.durationNanos) {
            throw new UserError("--warmup (" + seconds(c.warmupNanos) + ") must be shorter than"
                    + " --duration (" + seconds(c.durationNanos) + ")");
        }
        Checks.positive("--mult", c.mult, MULT_MAX);
        if (c.delta != null && !c.delta.auto()) {
            Checks.positiveNanos("--delta", c.delta.nanos());
        }
        if (!c.protocol.matches("(?i)symp|paper|both")) {
            throw new UserError("--protocol must be symp, paper or both, got '" + c.protocol + "'");
        }
        Topology t = TopoCommand.load(c.topology);
        double rateMax = (double) t.peers().size() * Limits.ORIGIN_EVENTS_PER_SECOND_MAX * 60;
        Checks.within("--rate", c.rate, 0, rateMax);
        if (c.fault != null) {
            checkFault(c, t);
        }
        if (c.recordDir != null) {
            Inputs.outputDir(c.recordDir, ".symplog", c.force, "--record-dir");
        }
        if (c.clockTrace != null && (c.grid != null || c.swarm != null)) {
            throw new UserError("--clock-trace traces single runs: leave out --grid and --swarm");
        }
    }

    private static void checkGrid(SimCommand c, boolean topologyGiven) {
        if (!"paper".equals(c.grid)) {
            throw new UserError("--grid must be 'paper', got '" + c.grid + "'");
        }
        if (topologyGiven) {
            throw new UserError("--grid paper runs the paper's topology (paper-21): leave out --topology");
        }
        if (c.recordDir != null) {
            throw new UserError("--grid does not record: leave out --record-dir");
        }
        if (c.fault != null) {
            throw new UserError("--grid injects no fault: leave out --fault");
        }
        if (c.delta != null) {
            throw new UserError("--grid paper runs the paper's multipliers: leave out --delta (see docs/tradeoff.sh)");
        }
        Inputs.outputDir(c.out, ".grid-never", true, "--out");
    }

    private static void checkFault(SimCommand c, Topology t) {
        Matcher m = FAULT.matcher(c.fault);
        if (!m.matches()) {
            throw new UserError("--fault must be flip:PEER@TICK (e.g. flip:3@1500), got '" + c.fault + "'");
        }
        long peer = Long.parseLong(m.group(1));
        long tick = Long.parseLong(m.group(2));
        if (t.peers().stream().map(PeerSpec::id).noneMatch(id -> id == peer)) {
            throw new UserError("--fault " + c.fault + ": " + t.name() + " has no peer " + peer
                    + " (" + t.peers().size() + " peers)");
        }
        long lastTick = c.durationNanos / 1_000_000_000L * c.fps;
        if (tick > lastTick) {
            throw new UserError("--fault " + c.fault + ": tick " + tick + " is after the run's last"
                    + " tick (" + lastTick + " at " + c.fps + " ticks per second)");
        }
    }

    static String seconds(long nanos) {
        return Checks.plain(nanos / 1e9) + " s";
    }
}
