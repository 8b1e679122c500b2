package io.symp.cli;

import java.util.Map;

/**
 * One cell of the paper's grid, measured: our protocol and the paper's algorithm on the same
 * seeds, beside the paper's published figure.
 *
 * @param mult      Δ multiplier
 * @param latencyMs mean one-way latency per link
 * @param rate      events per minute, whole network
 * @param ours      {@link SimReport#summarise} of our protocol's runs
 * @param paperAlgo the same for {@code --protocol paper}
 * @param published the paper's published rollback %
 */
record GridCell(int mult, int latencyMs, int rate, Map<String, Object> ours,
                Map<String, Object> paperAlgo, double published) {
    static final String CSV_HEADER = "multiplier,latency_ms,events_per_min,rollback_pct,"
            + "rollback_floor_pct,paper_algorithm_rollback_pct,paper_published_rollback_pct,"
            + "pace_pct,paper_algorithm_pace_pct,mean_delay_ms,events_emitted,events_lost,"
            + "paper_algorithm_events_lost,hashes_agree";

    double rollbackPct() {
        return (Double) ours.get("rollback_pct");
    }

    double floorPct() {
        return (Double) ours.get("rollback_floor_pct");
    }

    double paperAlgoPct() {
        return (Double) paperAlgo.get("rollback_pct");
    }

    long eventsLost() {
        return (Long) ours.get("events_lost");
    }

    boolean hashesAgree() {
        return (Boolean) ours.get("hashes_agree") && (Boolean) paperAlgo.get("hashes_agree");
    }

    /** Our rollback % is within 1.25× of the floor, or the floor is at most 0.1 %. */
    boolean nearFloor() {
        return floorPct() <= 0.1 || rollbackPct() <= 1.25 * floorPct();
    }

    String csvRow() {
        return java.util.stream.Stream.of(mult, latencyMs, rate, rollbackPct(), floorPct(),
                        paperAlgoPct(), published, ours.get("pace_pct"), paperAlgo.get("pace_pct"),
                        ours.get("mean_delay_ms"), ours.get("events_emitted"), eventsLost(),
                        paperAlgo.get("events_lost"), hashesAgree())
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
