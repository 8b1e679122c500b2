package io.symp.cli;

import io.symp.app.AppIdentity;
import io.symp.app.AppInfo;
import io.symp.app.Apps;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;
import io.symp.check.StateDiff;
import io.symp.hash.StateHash;
import io.symp.record.LogSource;
import io.symp.record.LogHeader;
import io.symp.record.LogRecord;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What {@code symp inspect} says about a log's state when it knows the log's app (built in, or
 * from {@code --app-path}): the app's field names and the last recorded snapshot decoded by
 * them. Without the app it says which one (and which code) would decode it, and how to give it.
 */
final class LogState {
    private LogState() {}

    /** Adds the app's fields and last snapshot to {@code summary}; returns the app's info, or null. */
    static AppInfo describe(LogSource log, Apps apps, Map<String, Object> summary, PrintWriter err) {
        LogHeader h = log.header();
        String needed = h.appName() + " v" + h.appVersion() + " (code " + StateHash.hex(h.codeHash()) + ")";
        if (!apps.has(h.appName())) {
            err.println("note: the log's app " + needed + " is not known here; give its jar with"
                    + " --app-path JAR to see its state fields");
            return null;
        }
        SymmetricApp app = apps.create(h.appName());
        AppInfo info = app.info();
        if (info.stateSize() != h.stateSize()) {
            err.println("note: app " + h.appName() + " here has a " + info.stateSize() + "-byte state, the log "
                    + h.stateSize() + " bytes; give the build " + needed + " with --app-path JAR");
            return null;
        }
        AppIdentity id = AppIdentity.of(app);
        summary.put("app_code_matches", id.codeHash() == h.codeHash() && id.version() == h.appVersion());
        summary.put("fields", info.fields().stream().map(StateField::name).toList());
        LogRecord.Snapshot last = null;
        for (LogRecord r : log.records()) {
            if (r instanceof LogRecord.Snapshot s) {
                last = s;
            }
        }
        if (last != null && !info.fields().isEmpty() && last.region().length == info.stateSize() + State.HEADER_BYTES) {
            State state = new State(info.stateSize());
            System.arraycopy(last.region(), 0, state.region(), 0, state.region().length);
            summary.put("last_snapshot_tick", last.tick());
            summary.put("last_snapshot", StateDiff.describe(info, state));
        }
        return info;
    }

    /** {@code add n=3 (tick 40, origin 1f, seq 2)} with the app's names, or the event as it is. */
    static String event(AppInfo info, io.symp.app.Event e) {
        if (info == null || e.type() < 0 || e.type() >= info.eventTypes().size()) {
            return e.toString();
        }
        io.symp.app.EventType t = info.eventType(e.type());
        String args = t.args().size() == e.argCount() ? t.formatArgs(e) : "";
        return t.name() + (args.isEmpty() ? "" : " " + args) + " (tick " + e.tick() + ", origin "
                + Long.toHexString(e.origin()) + ", seq " + e.seq() + ")";
    }
}
