package io.symp.cli;

import java.util.List;
import java.util.Locale;

/**
 * The paper's table redrawn with our figures: one block per multiplier, latencies down, rates
 * across; each cell split into our rollback % (left, bold, headed "symp") and the paper's
 * published one (right, headed "paper"), each half coloured by its {@link Band}. Invariant: draws exactly the cells it is given, in place.
 */
final class GridPicture {
    static final int WIDTH = 910;
    static final int HEIGHT = 880;
    private static final int LEFT = 110;
    private static final int CELL_W = 130;
    private static final int CELL_H = 30;
    private static final int TOP = 110;
    private static final int HEADER_H = 70;
    private static final int BLOCK_H = HEADER_H + CELL_H * 6;

    private GridPicture() {}

    static void draw(Canvas c, List<GridCell> cells, String subtitle) {
        c.text(WIDTH / 2, 28, "Rollback % on paper-21: symp (left) vs the paper's published table"
                + " (right)", 17, true);
        c.text(WIDTH / 2, 50, subtitle, 12, false);
        legend(c);
        c.text(WIDTH / 2, 98, "Columns: event rate of the whole network (events/min); rows: one-way"
                + " latency per link (ms); each cell: symp | paper", 12, false);
        for (int b = 0; b < PaperTable.MULTS.size(); b++) {
            header(c, TOP + b * BLOCK_H, PaperTable.MULTS.get(b));
        }
        for (GridCell cell : cells) {
            drawCell(c, cell);
        }
    }

    /** A block's title, its rate columns (each split into symp | paper) and latency rows. */
    private static void header(Canvas c, int y0, int mult) {
        c.text(WIDTH / 2, y0 + 24, "Δ = latency × 5 hops × " + mult, 14, true);
        int half = CELL_W / 2;
        c.text(LEFT / 2, y0 + 64, "latency", 11, true);
        for (int col = 0; col < PaperTable.RATES.size(); col++) {
            int x = LEFT + col * CELL_W;
            c.text(x + half, y0 + 48, PaperTable.RATES.get(col) + " events/min", 12, true);
            c.text(x + half / 2, y0 + 64, "symp", 11, true);
            c.text(x + half + half / 2, y0 + 64, "paper", 11, false);
        }
        for (int row = 0; row < PaperTable.LATENCIES_MS.size(); row++) {
            c.text(LEFT / 2, y0 + HEADER_H + row * CELL_H + 20, PaperTable.LATENCIES_MS.get(row) + " ms", 12, true);
        }
    }

    private static void drawCell(Canvas c, GridCell cell) {
        int b = PaperTable.MULTS.indexOf(cell.mult());
        int col = PaperTable.RATES.indexOf(cell.rate());
        int row = PaperTable.LATENCIES_MS.indexOf(cell.latencyMs());
        int x = LEFT + col * CELL_W;
        int y = TOP + b * BLOCK_H + HEADER_H + row * CELL_H;
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
