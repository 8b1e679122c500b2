package io.symp.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One cell of docs/tradeoff.sh's sweep ({@code tradeoff.csv}): a latency and a setting, either a
 * fixed multiplier ({@code mult 1.5}) or {@code --delta auto} at a rollback budget
 * ({@code auto 1%}), with the mean event delay and rollback % measured.
 */
record TradeoffRow(int latencyMs, String setting, double meanDelayMs, double rollbackPct) {
    boolean fixed() {
        return setting.startsWith("mult ");
    }

    /** The multiplier of a fixed setting. */
    double multiplier() {
        return Double.parseDouble(setting.substring("mult ".length()));
    }

    /** The rollback budget (%) of an auto setting. */
    double budgetPct() {
        return Double.parseDouble(setting.substring("auto ".length()).replace("%", ""));
    }

    static List<TradeoffRow> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<TradeoffRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.add(new TradeoffRow(Integer.parseInt(f[header.indexOf("latency_ms")]),
                    f[header.indexOf("setting")],
                    Double.parseDouble(f[header.indexOf("mean_delay_ms")]),
                    Double.parseDouble(f[header.indexOf("rollback_pct")])));
        }
        return rows;
    }
}
