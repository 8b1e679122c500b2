package io.symp.cli;

import io.symp.app.Apps;
import io.symp.app.SymmetricApp;
import io.symp.check.StateDiff;
import io.symp.record.LogContents;
import io.symp.record.LogReader;
import io.symp.record.LogRecord;
import io.symp.replay.LogApp;
import io.symp.replay.ReplayResult;
import io.symp.replay.Replayer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symp replay LOG}: re-executes a log and verifies every recorded checkpoint. */
@Command(name = "replay", description = "Re-execute a recorded log and verify every checkpoint.")
public final class ReplayCommand implements Callable<Integer> {
    static final long PROGRESS_TICKS = 100_000;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "LOG", description = "The log to replay.")
    Path file;

    @Option(names = "--to", paramLabel = "TICK", description = "Stop at this tick.")
    Long to;

    @Option(names = "--state", description = "Print the state at the last tick replayed.")
    boolean state;

    @Option(names = "--force", description = "Replay even if the app's code differs.")
    boolean force;

    @Option(names = "--json", description = "One JSON object, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        if (to != null) {
            Checks.within("--to", to, 0, Long.MAX_VALUE);
        }
        LogContents log = LogReader.read(file);
        PrintWriter err = spec.commandLine().getErr();
        if (log.warning() != null) {
            err.println("warning: " + log.warning());
        }
        SymmetricApp app = LogApp.create(Apps.builtIn(), log.header(), force, file.toString());
        Replayer replayer = new Replayer(log, app);
        if (to != null) {
            replayer.to(to);
        }
        ReplayResult r = runWithProgress(replayer, lastTick(log));
        long raw = RawLoop.ticksPerSecond(LogApp.create(Apps.builtIn(), log.header(), true,
                file.toString()), Math.max(r.ticks(), 10_000));
        print(r, app, raw);
        return r.clean() ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private ReplayResult runWithProgress(Replayer replayer, long last) {
        if (last < PROGRESS_TICKS) {
            return replayer.run();
        }
        try (Progress bar = new Progress("replay", last, spec.commandLine().getErr())) {
            ReplayResult r = replayer.observe((tick, s) -> {
                if ((tick & 4095) == 0) {
                    bar.stepTo(tick);
                }
            }).run();
            bar.stepTo(r.lastTick());
            return r;
        }
    }

    private void print(ReplayResult r, SymmetricApp app, long raw) {
        PrintWriter out = spec.commandLine().getOut();
        long tps = r.nanos() == 0 ? 0 : r.ticks() * 1_000_000_000L / r.nanos();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("first_tick", r.firstTick());
        m.put("last_tick", r.lastTick());
        m.put("events", r.events());
        m.put("rollbacks_recorded", r.rollbacksRecorded());
        m.put("rollbacks_replayed", r.rollbacksReplayed());
        m.put("checkpoints", r.checkpoints());
        m.put("ticks_per_second", tps);
        m.put("raw_ticks_per_second", raw);
        m.put("clean", r.clean());
        if (!r.clean()) {
            m.put("first_mismatch_tick", r.firstMismatch());
            m.put("mismatch", r.mismatch());
        }
        if (state && r.state() != null) {
            m.put("state", json ? JsonValues.state(app.info(), r.state())
                    : StateDiff.describe(app.info(), r.state()));
        }
        if (json) {
            out.println(Json.write(m));
        } else {
            m.forEach((k, v) -> out.println(k.replace('_', ' ') + ": " + v));
        }
        out.flush();
    }

    static long lastTick(LogContents log) {
        for (int i = log.records().size() - 1; i >= 0; i--) {
            LogRecord rec = log.records().get(i);
            if (rec instanceof LogRecord.TickHash h) {
                return h.tick();
            }
            if (rec instanceof LogRecord.Checkpoint c) {
                return c.tick();
            }
        }
        return 0;
    }
}
