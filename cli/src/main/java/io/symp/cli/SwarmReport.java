package io.symp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code symp sim --swarm} prints: one line per failing seed, then a summary. */
final class SwarmReport {
    private SwarmReport() {}

    /** The JSON object: runs, failures (seed, command, violations), and counts. */
    static Map<String, Object> json(long first, List<SimSwarm.Run> runs, Long wallMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", runs.size());
        m.put("seed", first);
        List<Map<String, Object>> failures = new ArrayList<>();
        for (SimSwarm.Run r : runs) {
            if (r.failed()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("seed", r.seed());
                f.put("command", SwarmDraw.command(r.seed()));
                f.put("violations", r.problems());
                failures.add(f);
            }
        }
        m.put("failures", failures);
        m.put("passed", runs.size() - failures.size());
        m.put("failed", failures.size());
        m.put("events_emitted", runs.stream().filter(r -> r.result() != null)
                .mapToLong(r -> r.result().eventsEmitted()).sum());
        m.put("ticks", runs.stream().filter(r -> r.result() != null).mapToLong(r -> r.result().ticks()).sum());
        if (wallMs != null) {
            m.put("wall_ms", wallMs);
        }
        return m;
    }

    static void print(PrintWriter out, long first, List<SimSwarm.Run> runs, Long wallMs) {
        int failed = 0;
        for (SimSwarm.Run r : runs) {
            if (r.failed()) {
                failed++;
                out.printf(Locale.ROOT, "seed %d FAILED (%s): %s%n", r.seed(), r.problems().get(0),
                        SwarmDraw.command(r.seed()));
            }
        }
        long events = runs.stream().filter(r -> r.result() != null).mapToLong(r -> r.result().eventsEmitted()).sum();
        out.printf(Locale.ROOT, "%d seeds from %d: %d passed, %d failed; %d events emitted%s%n", runs.size(), first,
                runs.size() - failed, failed, events, wallMs == null ? "" : String.format(Locale.ROOT, "; %.1f s",
                        wallMs / 1000.0));
    }
}
