package io.symp.cli;

import io.symp.app.SymmetricApp;
import io.symp.check.NonDeterminism;
import io.symp.check.StateDiff;
import io.symp.record.LogContents;
import io.symp.record.LogReader;
import io.symp.record.LogRecord;
import io.symp.replay.LogApp;
import io.symp.replay.ReplayResult;
import io.symp.replay.Replayer;
import io.symp.replay.SyncTestReplay;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Mixin AppPathOption appPath;

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
        Supplier<SymmetricApp> apps = LogApp.factory(appPath.apps(), log.header(), force, file.toString());
        SymmetricApp app = apps.get();
        Replayer replayer = new Replayer(log, app);
        if (to != null) {
            replayer.to(to);
        }
        ReplayResult r = runWithProgress(replayer, lastTick(log));
        long raw = RawLoop.ticksPerSecond(apps.get(), Math.max(r.ticks(), 10_000));
        // A log that does not match its own events: is the app to blame? (A fresh instance.)
        NonDeterminism judged = r.clean() ? null : SyncTestReplay.of(log, apps);
        print(r, app, raw, judged);
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

    private void print(ReplayResult r, SymmetricApp app, long raw, NonDeterminism judged) {
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
            if (r.differencesTick() >= 0) {
                m.put("fields_differ_at_tick", r.differencesTick());
                m.put("fields_differ", r.differences().stream().map(Object::toString).toList());
            } else {
                m.put("fields_differ", "unknown: no recorded snapshot after the mismatch");
            }
            m.put("sync_test", judged != null ? judged.describe()
                    : "the app passed a sync-test of the log (depth " + SyncTestReplay.DEPTH + "): a corrupted state?");
            m.put("hint", SyncTestFindings.HINT);
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
            if (rec instanceof LogRecord.Tick t) {
                return t.tick();
            }
        }
        return 0;
    }
}
