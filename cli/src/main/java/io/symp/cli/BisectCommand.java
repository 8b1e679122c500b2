package io.symp.cli;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.core.UserError;
import io.symp.record.LogContents;
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

    private io.symp.app.AppInfo app;

    @Override
    public Integer call() {
        LogContents la = read(a);
        LogContents lb = read(b);
        if (!la.header().appName().equals(lb.header().appName())) {
            throw new UserError(a + " records " + la.header().appName() + ", " + b
                    + " records " + lb.header().appName());
        }
        app = LogApp.create(Apps.builtIn(), lb.header(), force, b.toString()).info();
        BisectResult r = Bisect.between(la, lb,
                () -> LogApp.create(Apps.builtIn(), la.header(), force, a.toString()));
        print(r);
        return r.agree() ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private LogContents read(Path file) {
        LogContents log = LogReader.read(file);
        if (log.warning() != null) {
            spec.commandLine().getErr().println("warning: " + log.warning());
        }
        return log;
    }

    private void print(BisectResult r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(r)));
        } else if (r.agree()) {
            out.println("agree over ticks " + r.commonFrom() + ".." + r.commonTo());
        } else {
            out.println("first divergence at tick " + r.firstDivergence());
            out.println("events only in A: " + text(r.onlyInA()));
            out.println("events only in B: " + text(r.onlyInB()));
            out.println("settled state diff: " + (r.replayedDiff().isEmpty() ? "none"
                    : r.replayedDiff().stream().map(Object::toString)
                            .collect(java.util.stream.Collectors.joining("; "))));
            out.println("A's own replay: " + verdict(r.replayA()));
            out.println("B's own replay: " + verdict(r.replayB()));
        }
        out.flush();
    }

    private Map<String, Object> json(BisectResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("common_from_tick", r.commonFrom());
        m.put("common_to_tick", r.commonTo());
        m.put("agree", r.agree());
        if (!r.agree()) {
            m.put("first_divergence_tick", r.firstDivergence());
            m.put("only_in_a", JsonValues.events(app, r.onlyInA()));
            m.put("only_in_b", JsonValues.events(app, r.onlyInB()));
            m.put("settled_state_diff", r.replayedDiff().stream().map(JsonValues::difference).toList());
            m.put("a_replay", replayJson(r.replayA()));
            m.put("b_replay", replayJson(r.replayB()));
        }
        return m;
    }

    private String text(List<Event> events) {
        return events.isEmpty() ? "none" : events.stream().map(e -> JsonValues.eventText(app, e))
                .collect(java.util.stream.Collectors.joining("; "));
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
