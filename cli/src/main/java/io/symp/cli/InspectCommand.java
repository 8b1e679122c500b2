package io.symp.cli;

import io.symp.hash.StateHash;
import io.symp.record.LogContents;
import io.symp.record.LogHeader;
import io.symp.record.LogReader;
import io.symp.record.LogRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symp inspect LOG}: a log's header, counts and time span, optionally its records. */
@Command(name = "inspect", description = "Show a log's header, counts and tick span.")
public final class InspectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "LOG", description = "The log to inspect.")
    Path file;

    @Option(names = "--events", description = "List every event with its arrival tick.")
    boolean events;

    @Option(names = "--rollbacks", description = "List every rollback.")
    boolean rollbacks;

    @Option(names = "--json", description = "JSON objects, one per line, for scripts.")
    boolean json;

    @Mixin AppPathOption appPath;

    @Override
    public Integer call() {
        LogContents log = LogReader.read(file);
        if (log.warning() != null) {
            spec.commandLine().getErr().println("warning: " + log.warning());
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> summary = summary(log);
        io.symp.app.AppInfo info = LogState.describe(log, appPath.apps(), summary, spec.commandLine().getErr());
        if (json) {
            out.println(Json.write(summary));
        } else {
            summary.forEach((k, v) -> {
                if (!k.equals("record")) {
                    out.println(k.replace('_', ' ') + ": " + v);
                }
            });
        }
        io.symp.app.AppInfo app = info;
        for (LogRecord r : log.records()) {
            if (events && r instanceof LogRecord.EventRecord e) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("record", "event");
                    m.put("at_tick", e.atTick());
                    m.put("late", e.late());
                    m.put("event", JsonValues.event(app, e.event()));
                    out.println(Json.write(m));
                } else {
                    out.println("event at tick " + e.atTick() + (e.late() ? " (late): " : ": ")
                            + JsonValues.eventText(app, e.event()));
                }
            } else if (rollbacks && r instanceof LogRecord.Rollback b) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("record", "rollback");
                    m.put("from_tick", b.fromTick());
                    m.put("to_tick", b.toTick());
                    m.put("snapshot_tick", b.snapshotTick());
                    out.println(Json.write(m));
                } else {
                    out.println("rollback at tick " + b.fromTick() + " to tick " + b.toTick()
                            + " (from the snapshot of tick " + b.snapshotTick() + ")");
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Map<String, Object> summary(LogContents log) {
        LogHeader h = log.header();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", "summary");
        m.put("file", file.toString());
        m.put("app", h.appName());
        m.put("app_version", h.appVersion());
        m.put("code_hash", StateHash.hex(h.codeHash()));
        m.put("state_size_bytes", h.stateSize());
        m.put("fps", h.fps());
        m.put("peer", JsonValues.peerId(h.peerId()));
        m.put("session", h.session());
        m.put("start_epoch_ms", h.startMillis());
        m.put("checkpoint_interval_ticks", h.checkpointInterval());
        m.put("snapshot_interval_ticks", h.snapshotInterval());
        long[] counts = new long[LogRecord.TICK + 1];
        long first = -1;
        long last = -1;
        for (LogRecord r : log.records()) {
            counts[kind(r)]++;
            long t = r instanceof LogRecord.TickHash th ? th.tick()
                    : r instanceof LogRecord.Checkpoint c ? c.tick()
                    : r instanceof LogRecord.Tick tk ? tk.tick() : -1;
            if (t >= 0) {
                first = first < 0 ? t : first;
                last = t;
            }
        }
        m.put("first_tick", first);
        m.put("last_tick", last);
        m.put("events", counts[LogRecord.EVENT]);
        m.put("rollbacks", counts[LogRecord.ROLLBACK]);
        m.put("checkpoints", counts[LogRecord.CHECKPOINT]);
        m.put("snapshots", counts[LogRecord.SNAPSHOT]);
        m.put("joins", counts[LogRecord.JOIN]);
        m.put("leaves", counts[LogRecord.LEAVE]);
        m.put("adopts", counts[LogRecord.ADOPT]);
        m.put("blocks", log.blocks());
        m.put("cut", log.warning() != null);
        return m;
    }

    private static int kind(LogRecord r) {
        if (r instanceof LogRecord.EventRecord) {
            return LogRecord.EVENT;
        } else if (r instanceof LogRecord.Rollback) {
            return LogRecord.ROLLBACK;
        } else if (r instanceof LogRecord.Checkpoint) {
            return LogRecord.CHECKPOINT;
        } else if (r instanceof LogRecord.Snapshot) {
            return LogRecord.SNAPSHOT;
        } else if (r instanceof LogRecord.Link l) {
            return l.up() ? LogRecord.JOIN : LogRecord.LEAVE;
        } else if (r instanceof LogRecord.Adopt) {
            return LogRecord.ADOPT;
        } else if (r instanceof LogRecord.Tick) {
            return LogRecord.TICK;
        }
        return LogRecord.TICK_HASH;
    }
}
