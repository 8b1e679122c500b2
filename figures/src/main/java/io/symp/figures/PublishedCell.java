package io.symp.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The paper's published rollback % for one cell of its grid, as {@code symp sim --grid paper}
 * copies it into {@code grid-paper.csv} ({@code paper_published_rollback_pct}).
 */
record PublishedCell(int multiplier, int latencyMs, int eventsPerMinute, double rollbackPct) {
    static List<PublishedCell> read(Path gridCsv) throws IOException {
        List<String> lines = Files.readAllLines(gridCsv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<PublishedCell> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            cells.add(new PublishedCell(Integer.parseInt(f[header.indexOf("multiplier")]),
                    Integer.parseInt(f[header.indexOf("latency_ms")]),
                    Integer.parseInt(f[header.indexOf("events_per_min")]),
                    Double.parseDouble(f[header.indexOf("paper_published_rollback_pct")])));
        }
        return cells;
    }
}
