package io.symp.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The paper's published rollback table (resource {@code paper-results.csv}, source named in its
 * first line): rollback % by multiplier, latency and event rate. Invariant: holds exactly the
 * 108 cells of the paper's grid, {@link #MULTS} × {@link #LATENCIES_MS} × {@link #RATES}.
 */
final class PaperTable {
    static final List<Integer> MULTS = List.of(1, 2, 5);
    static final List<Integer> LATENCIES_MS = List.of(5, 25, 50, 100, 250, 500);
    static final List<Integer> RATES = List.of(5, 10, 25, 50, 100, 200);

    private final Map<String, Double> cells;

    private PaperTable(Map<String, Double> cells) {
        this.cells = Collections.unmodifiableMap(cells);
    }

    /** Loads the shipped table. */
    static PaperTable load() {
        try (InputStream in = PaperTable.class.getResourceAsStream("paper-results.csv")) {
            if (in == null) {
                throw new IllegalStateException("paper-results.csv is missing from the jar");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PaperTable parse(List<String> lines) {
        Map<String, Double> cells = new TreeMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("multiplier")) {
                continue;
            }
            String[] f = line.split(",");
            cells.put(key(Integer.parseInt(f[0].trim()), Integer.parseInt(f[1].trim()),
                    Integer.parseInt(f[2].trim())), Double.parseDouble(f[3].trim()));
        }
        if (cells.size() != MULTS.size() * LATENCIES_MS.size() * RATES.size()) {
            throw new IllegalStateException(
                    "paper-results.csv has " + cells.size() + " cells, expected 108");
        }
        return new PaperTable(cells);
    }

    /** The published rollback % of one cell. */
    double rollbackPct(int mult, int latencyMs, int rate) {
        Double v = cells.get(key(mult, latencyMs, rate));
        if (v == null) {
            throw new IllegalArgumentException("no paper cell " + key(mult, latencyMs, rate));
        }
        return v;
    }

    int size() {
        return cells.size();
    }

    private static String key(int mult, int latencyMs, int rate) {
        return mult + "x/" + latencyMs + "ms/" + rate;
    }
}
