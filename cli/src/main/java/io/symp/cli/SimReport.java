package io.symp.cli;

import io.symp.sim.SimConfig;
import io.symp.sim.SimResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Averages a simulation's runs into the keys scripts read, and prints them for people. */
final class SimReport {
    private SimReport() {}

    static Map<String, Object> summarise(List<SimResult> runs, SimConfig config, boolean noTiming) {
        SimResult first = runs.get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", first.protocol());
        m.put("peers", first.peers());
        m.put("runs", runs.size());
        boolean auto = config.rollbackBudget() > 0;
        // Under --delta auto every peer chooses its own Δ: the mean over the events emitted.
        m.put("delta_ms", auto ? round(mean(runs, SimResult::meanDeltaMs), 1)
                : config.deltaTicks() * 1000.0 / config.fps());
        m.put("delta_mode", auto ? "auto" : "fixed");
        if (auto) {
            m.put("rollback_budget_pct", round(config.rollbackBudget() * 100, 3));
        }
        m.put("ticks", runs.stream().mapToLong(SimResult::ticks).sum());
        m.put("rollback_pct", round(mean(runs, SimResult::rollbackPct), 3));
        m.put("rollback_floor_pct", round(mean(runs, SimResult::rollbackFloorPct), 3));
        m.put("pace_pct", round(mean(runs, SimResult::pacePct), 4));
        m.put("pace_across_partitions_pct", round(mean(runs, SimResult::paceGlobalPct), 4));
        m.put("recovery_ms_mean", round(mean(runs, SimResult::recoveryMsMean), 1));
        m.put("recovery_ms_max", round(runs.stream().mapToDouble(SimResult::recoveryMsMax).max().orElse(0), 1));
        m.put("recovery_from_link_ms_mean", round(mean(runs, SimResult::recoveryFromLinkMsMean), 1));
        m.put("recoveries", runs.stream().mapToInt(SimResult::recoveries).sum());
        m.put("rollbacks", runs.stream().mapToLong(SimResult::rollbacks).sum());
        m.put("events_emitted", runs.stream().mapToLong(SimResult::eventsEmitted).sum());
        m.put("events_lost", runs.stream().mapToLong(SimResult::eventsLost).sum());
        m.put("events_vanished", runs.stream().mapToLong(SimResult::eventsVanished).sum());
        m.put("events_refused", runs.stream().mapToLong(SimResult::eventsRefused).sum());
        m.put("events_skipped", runs.stream().mapToLong(SimResult::eventsSkipped).sum());
        m.put("hashes_agree", runs.stream().allMatch(SimResult::hashesAgree));
        m.put("common_tick", first.commonTick());
        m.put("common_hash", first.commonHash());
        m.put("mean_delay_ms", round(mean(runs, SimResult::meanDelayMs), 1));
        m.put("messages_per_event", round(mean(runs, SimResult::messagesPerEvent), 1));
        m.put("bytes_per_event", round(mean(runs, SimResult::bytesPerEvent), 1));
        m.put("link_resets", runs.stream().mapToLong(r -> r.faults().linkResets()).sum());
        m.put("link_overflows", runs.stream().mapToLong(r -> r.faults().linkOverflows()).sum());
        m.put("frames_refused", runs.stream().mapToLong(r -> r.faults().framesRefused()).sum());
        m.put("snapshots_adopted", runs.stream().mapToLong(r -> r.faults().snapshotsAdopted()).sum());
        m.put("crashes", runs.stream().mapToLong(r -> r.faults().crashes()).sum());
        m.put("forks", runs.stream().mapToLong(r -> r.faults().forks()).sum());
        m.put("time_refounded", runs.stream().anyMatch(r -> r.faults().refounded()));
        m.put("sound", runs.stream().allMatch(SimResult::sound));
        List<String> violations = new java.util.ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String prefix = runs.size() > 1 ? "run " + (i + 1) + ": " : "";
            runs.get(i).violations().forEach(v -> violations.add(prefix + v));
        }
        m.put("violations", violations);
        if (!noTiming) {
            m.put("wall_ms", runs.stream().mapToLong(SimResult::wallMs).sum());
            m.put("cpu_ms", runs.stream().mapToLong(SimResult::cpuMs).sum());
        }
        return m;
    }

    static void print(PrintWriter out, List<Map<String, Object>> results) {
        for (String key : results.get(0).keySet()) {
            if (key.equals("violations")) {
                continue;
            }
            out.printf(Locale.ROOT, "%-20s", key);
            for (Map<String, Object> r : results) {
                out.printf(Locale.ROOT, " %18s", r.get(key));
            }
            out.println();
        }
        for (Map<String, Object> r : results) {
            for (Object v : (List<?>) r.get("violations")) {
                out.println("violation (" + r.get("protocol") + "): " + v);
            }
        }
    }

    private static double mean(List<SimResult> runs, ToDoubleFunction<SimResult> f) {
        return runs.stream().mapToDouble(f).average().orElse(0);
    }

    private static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
