package io.symp.cli;

import java.util.List;
import java.util.Locale;

/**
 * The paper's table redrawn with our figures: one block per multiplier, latencies down, rates
 * across; each cell split into our rollback % (left) and the paper's published one (right), each
 * half coloured by its {@link Band}. Invariant: draws exactly the cells it is given, in place.
 */
final class GridPicture {
    static final int WIDTH = 900;
    static final int HEIGHT = 860;
    private static final int LEFT = 90;
    private static final int CELL_W = 130;
    private static final int CELL_H = 30;
    private static final int TOP = 110;
    private static final int BLOCK_H = 60 + CELL_H * 6;

    private GridPicture() {}

    static void draw(Canvas c, List<GridCell> cells, String subtitle) {
        c.text(WIDTH / 2, 28, "Rollback % on paper-21: symp (left) vs the paper's published table"
                + " (right)", 17, true);
        c.text(WIDTH / 2, 50, subtitle, 12, false);
        legend(c);
        c.text(WIDTH / 2, 98, "Columns: events/min (whole network); rows: one-way latency (ms);"
                + " cells: symp (bold, left) | paper, published (right)", 12, false);
        for (int b = 0; b < PaperTable.MULTS.size(); b++) {
            int y0 = TOP + b * BLOCK_H;
            String title = "Δ = latency × 5 hops × " + PaperTable.MULTS.get(b);
            c.text(WIDTH / 2, y0 + 24, title, 14, true);
            for (int col = 0; col < PaperTable.RATES.size(); col++) {
                String rate = PaperTable.RATES.get(col) + " events/min";
                c.text(LEFT + col * CELL_W + CELL_W / 2, y0 + 50, rate, 12, true);
            }
            for (int row = 0; row < PaperTable.LATENCIES_MS.size(); row++) {
                String latency = PaperTable.LATENCIES_MS.get(row) + " ms";
                c.text(LEFT / 2, y0 + 60 + row * CELL_H + 20, latency, 12, true);
            }
        }
        for (GridCell cell : cells) {
            drawCell(c, cell);
        }
    }

    private static void drawCell(Canvas c, GridCell cell) {
        int b = PaperTable.MULTS.indexOf(cell.mult());
        int col = PaperTable.RATES.indexOf(cell.rate());
        int row = PaperTable.LATENCIES_MS.indexOf(cell.latencyMs());
        int x = LEFT + col * CELL_W;
        int y = TOP + b * BLOCK_H + 60 + row * CELL_H;
        int half = CELL_W / 2;
        c.rect(x, y, half, CELL_H, Band.of(cell.rollbackPct()).colour());
        c.rect(x + half, y, half, CELL_H, Band.of(cell.published()).colour());
        c.text(x + half / 2, y + 20, format(cell.rollbackPct()), 12, true);
        c.text(x + half + half / 2, y + 20, format(cell.published()), 12, false);
    }

    private static void legend(Canvas c) {
        String[] names = {"< 1 % good", "1–5 % moderate", "5–10 % poor", "> 10 % faulty"};
        c.text(LEFT + 10, 76, "Rollback %:", 12, true);
        for (int i = 0; i < names.length; i++) {
            int x = LEFT + 80 + i * 170;
            c.rect(x, 64, 20, 14, Band.values()[i].colour());
            c.text(x + 75, 76, names[i], 12, false);
        }
    }

    static String format(double pct) {
        return String.format(Locale.ROOT, pct >= 100 ? "%.0f" : "%.1f", pct);
    }
}
