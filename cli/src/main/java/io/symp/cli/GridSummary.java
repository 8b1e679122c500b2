package io.symp.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a grid run shows at a glance: how many cells meet each of the goals. */
final class GridSummary {
    private GridSummary() {}

    static Map<String, Object> of(List<GridCell> cells, int runs, long durationNanos,
                                  long wallMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cells", cells.size());
        m.put("runs_per_cell", runs);
        m.put("duration_s", durationNanos / 1_000_000_000L);
        m.put("below_paper_algorithm",
                cells.stream().filter(c -> c.rollbackPct() < c.paperAlgoPct()).count());
        m.put("at_or_below_paper_algorithm",
                cells.stream().filter(c -> c.rollbackPct() <= c.paperAlgoPct()).count());
        m.put("at_or_below_published",
                cells.stream().filter(c -> c.rollbackPct() <= c.published()).count());
        m.put("within_1.25x_floor", cells.stream().filter(GridCell::nearFloor).count());
        m.put("same_band_or_better", cells.stream()
                .filter(c -> Band.of(c.rollbackPct()).compareTo(Band.of(c.published())) <= 0)
                .count());
        m.put("max_pace_pct",
                cells.stream().mapToDouble(c -> (Double) c.ours().get("pace_pct")).max()
                        .orElse(0));
        m.put("events_lost", cells.stream().mapToLong(GridCell::eventsLost).sum());
        m.put("paper_algorithm_events_lost",
                cells.stream().mapToLong(c -> (Long) c.paperAlgo().get("events_lost")).sum());
        m.put("hashes_agree", cells.stream().allMatch(GridCell::hashesAgree));
        m.put("wall_ms", wallMs);
        return m;
    }
}
