package io.symp.cli;

import io.symp.app.Event;
import io.symp.core.UserError;
import io.symp.record.LogSource;
import io.symp.record.LogReader;
import io.symp.replay.Bisect;
import io.symp.replay.BisectResult;
import io.symp.replay.LogApp;
import io.symp.replay.ReplayResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symp bisect A B}: the first tick where two logs' states differ, and why. */
@Command(name = "bisect",
        description = "Find the first tick where two logs' states differ (exit 1), and why.")
public final class BisectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "First log.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Second log.")
    Path b;

    @Option(names = "--force", description = "Replay even if the app's code differs.")
    boolean force;

    @Option(names = "--json", description = "One JSON object, for scripts.")
    boolean json;

    @Mixin AppPathOption appPath;

    private String appName;

    @Override
    public Integer call() {
        LogSource la = read(a);
        LogSource lb = read(b);
        if (!la.header().appName().equals(lb.header().appName())) {
            throw new UserError(a + " records " + la.header().appName() + ", " + b
                    + " records " + lb.header().appName());
        }
        appName = lb.header().appName();
        LogApp.factory(appPath.apps(), lb.header(), force, b.toString());
        // Each replay gets its own instance and class loader: no static leaks from A into B.
        BisectResult r = Bisect.between(la, lb, LogApp.factory(appPath.apps(), la.header(), force,
                a.toString()));
        print(r);
        return r.agree() ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private LogSource read(Path file) {
        LogSource log = LogReader.open(file);
        if (log.warning() != null) {
            spec.commandLine().getErr().println("warning: " + log.warning());
        }
        return log;
    }

    private void print(BisectResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("common_from", r.commonFrom());
        m.put("common_to", r.commonTo());
        m.put("agree", r.agree());
        if (!r.agree()) {
            m.put("first_divergence", r.firstDivergence());
            m.put("cause", cause(r.cause()));
            m.put("only_in_a", strings(r.onlyInA()));
            m.put("only_in_b", strings(r.onlyInB()));
            m.put("settled_state_diff", r.replayedDiff().stream().map(Object::toString).toList());
            m.put("live_state_diff", r.liveDiff().stream().map(Object::toString).toList());
            m.put("a_replay", verdict(r.replayA()));
            m.put("b_replay", verdict(r.replayB()));
        }
        if (r.nonDeterminism() != null) {
            m.put("sync_test", r.nonDeterminism().describe());
        }
        if (!r.agree() && (BisectResult.LIVE.equals(r.cause()) || r.nonDeterminism() != null)) {
            m.put("hint", SyncTestFindings.HINT);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(r, m)));
        } else if (r.agree()) {
            out.println("agree over ticks " + r.commonFrom() + ".." + r.commonTo());
        } else {
            out.println("first divergence at tick " + r.firstDivergence());
            out.println("cause: " + m.get("cause"));
            out.println("events only in A: " + m.get("only_in_a"));
            out.println("events only in B: " + m.get("only_in_b"));
            out.println("settled state diff: " + m.get("settled_state_diff"));
            out.println("live state diff: " + m.get("live_state_diff"));
            out.println("A's own replay: " + m.get("a_replay"));
            out.println("B's own replay: " + m.get("b_replay"));
        }
        if (!json && m.containsKey("sync_test")) {
            out.println("sync-test of the replay: " + m.get("sync_test"));
        }
        if (!json && m.containsKey("hint")) {
            out.println("hint: " + m.get("hint"));
        }
        out.flush();
    }

    /** The --json object (docs/JSON.md): ticks named so, events and differences as objects. */
    private Map<String, Object> json(BisectResult r, Map<String, Object> text) {
        io.symp.app.AppInfo app = JsonValues.appOf(appName);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("common_from_tick", r.commonFrom());
        m.put("common_to_tick", r.commonTo());
        m.put("agree", r.agree());
        if (!r.agree()) {
            m.put("first_divergence_tick", r.firstDivergence());
            m.put("cause", text.get("cause"));
            m.put("only_in_a", JsonValues.events(app, r.onlyInA()));
            m.put("only_in_b", JsonValues.events(app, r.onlyInB()));
            m.put("settled_state_diff", r.replayedDiff().stream().map(JsonValues::difference).toList());
            m.put("live_state_diff", r.liveDiff().stream().map(JsonValues::difference).toList());
            m.put("a_replay", replayJson(r.replayA()));
            m.put("b_replay", replayJson(r.replayB()));
        }
        if (text.containsKey("sync_test")) {
            m.put("sync_test", text.get("sync_test"));
        }
        if (text.containsKey("hint")) {
            m.put("hint", text.get("hint"));
        }
        return m;
    }

    /** A log's own replay: replayed at all, clean, and where it first differed. */
    private static Map<String, Object> replayJson(ReplayResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replayed", r != null);
        if (r != null) {
            m.put("clean", r.clean());
            if (!r.clean()) {
                m.put("first_mismatch_tick", r.firstMismatch());
            }
        }
        return m;
    }

    private static String cause(String cause) {
        return switch (cause) {
            case BisectResult.EVENTS -> "the logs hold different events";
            case BisectResult.LIVE ->
                    "same events, different live states (a non-deterministic app or another build)";
            default -> "a log's live state differs from what its own events give (a corrupted state)";
        };
    }

    private static List<String> strings(List<Event> events) {
        return events.stream().map(Event::toString).toList();
    }

    /** Whether a log's live states matched its own events up to the divergence. */
    private static String verdict(ReplayResult r) {
        if (r == null) {
            return "not replayed";
        }
        return r.clean() ? "matches its events"
                : "live state differs from its own events at tick " + r.firstMismatch()
                + " (state corrupted or non-deterministic)";
    }
}
