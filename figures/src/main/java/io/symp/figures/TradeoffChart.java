package io.symp.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The delay / rollback trade-off of docs/EVALUATION.md as one PNG: a {@link TradeoffPanel} per
 * latency (3 × 2), a title, one legend for all, and a note naming the points at 0 %.
 * {@code TradeoffChart TRADEOFF_CSV GRID_CSV OUT_PNG}; docs/tradeoff.sh runs it.
 */
public final class TradeoffChart {
    static final int EVENTS_PER_MINUTE = 25;
    static final int PANEL_W = 360;
    static final int PANEL_H = 300;
    static final int COLUMNS = 3;
    static final int TOP = 56;
    static final int LEGEND_H = 104;
    static final int SCALE = 2;

    private TradeoffChart() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TradeoffChart TRADEOFF_CSV GRID_CSV OUT_PNG");
            System.exit(2);
        }
        for (String csv : List.of(args[0], args[1])) {
            if (!Files.isReadable(Path.of(csv))) {
                System.err.println("TradeoffChart: cannot read " + csv + ": no such readable file");
                System.exit(2);
            }
        }
        BufferedImage image = draw(TradeoffRow.read(Path.of(args[0])), PublishedCell.read(Path.of(args[1])));
        ImageIO.write(image, "png", Path.of(args[2]).toFile());
        System.out.println("wrote " + args[2]);
    }

    static BufferedImage draw(List<TradeoffRow> rows, List<PublishedCell> published) {
        System.setProperty("java.awt.headless", "true");
        List<Integer> latencies = new ArrayList<>(new TreeSet<>(rows.stream().map(TradeoffRow::latencyMs).toList()));
        int panelRows = (latencies.size() + COLUMNS - 1) / COLUMNS;
        int width = PANEL_W * COLUMNS;
        int height = TOP + PANEL_H * panelRows + LEGEND_H;
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(SCALE, SCALE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Delay against rollbacks on paper-21 at " + EVENTS_PER_MINUTE
                + " events/min: fixed Δ, --delta auto, and the paper", 14, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("symp sim, 3 runs × 5 min per point (seeds 1–3); every run: 0 events lost, hashes agree."
                + " Lower left is better.", 14, 44);
        JFreeChart first = null;
        for (int i = 0; i < latencies.size(); i++) {
            int latency = latencies.get(i);
            List<TradeoffRow> mine = rows.stream().filter(r -> r.latencyMs() == latency).toList();
            List<PublishedCell> paper = published.stream()
                    .filter(c -> c.latencyMs() == latency && c.eventsPerMinute() == EVENTS_PER_MINUTE).toList();
            JFreeChart chart = TradeoffPanel.chart(latency, mine, paper);
            first = first == null ? chart : first;
            chart.draw(g, new Rectangle2D.Double((i % COLUMNS) * PANEL_W, TOP + (i / COLUMNS) * PANEL_H,
                    PANEL_W, PANEL_H));
        }
        int legendTop = TOP + PANEL_H * panelRows;
        // Two columns: symp's fixed Δ and the paper's on the left, the three auto budgets right.
        LegendItemCollection items = first.getXYPlot().getLegendItems();
        legend(g, items, List.of(0, items.getItemCount() - 1), 14, legendTop, 640);
        legend(g, items, List.of(1, 2, 3), 680, legendTop, width - 694);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(zeroNote(rows, published), 14, height - 8);
        g.dispose();
        return image;
    }

    private static void legend(Graphics2D g, LegendItemCollection all, List<Integer> which, int x, int y, int w) {
        LegendItemCollection some = new LegendItemCollection();
        which.forEach(i -> some.add(all.get(i)));
        LegendItemSource source = () -> some;
        LegendTitle legend = new LegendTitle(source,
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 4),
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 4));
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        Rectangle2D area = new Rectangle2D.Double(x, y + 6, w, LEGEND_H - 30);
        legend.arrange(g, new RectangleConstraint(area.getWidth(), area.getHeight()));
        legend.draw(g, area);
    }

    /** The points at 0 % (no rollback at all), which the log scale cannot show. */
    static String zeroNote(List<TradeoffRow> rows, List<PublishedCell> published) {
        Set<Integer> latencies = new TreeSet<>(rows.stream().map(TradeoffRow::latencyMs).toList());
        Map<String, Set<Integer>> ours = new TreeMap<>();
        rows.stream().filter(r -> r.rollbackPct() == 0).forEach(r -> ours.computeIfAbsent(
                r.setting().replace("mult ", "m = "), k -> new TreeSet<>()).add(r.latencyMs()));
        Map<String, Set<Integer>> paper = new TreeMap<>();
        published.stream().filter(c -> c.eventsPerMinute() == EVENTS_PER_MINUTE && c.rollbackPct() == 0)
                .forEach(c -> paper.computeIfAbsent("m = " + c.multiplier(), k -> new TreeSet<>()).add(c.latencyMs()));
        return "At 0 % (no rollback), so not on the log scale: symp " + where(ours, latencies)
                + "; the paper " + where(paper, latencies) + ".";
    }

    private static String where(Map<String, Set<Integer>> zeros, Set<Integer> latencies) {
        if (zeros.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        zeros.forEach((setting, at) -> parts.add(setting + (at.equals(latencies) ? " at every latency"
                : " at " + at.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " ms")));
        return String.join(", ", parts);
    }
}
