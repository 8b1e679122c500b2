package io.symp.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Clock agreement over one run, from {@code symp sim --clock-trace}: each synced peer's lag
 * behind the network's time (its greatest, as pace counts: above the one-tick line a peer is a
 * tick behind), one line per peer coloured by id, and below it how far the network's time runs
 * from virtual time. {@code ClockTraceChart TRACE_CSV OUT_PNG TITLE}; docs/clock-trace.sh runs it.
 */
public final class ClockTraceChart {
    static final int W = 900;
    static final int TOP = 40;
    static final int LAG_H = 380;
    static final int DRIFT_H = 220;
    static final int SCALE = 2;
    static final double TICK_MS = 20;
    /** symp sim's default warm-up: start-up's seconds-long catch-ups would dwarf the rest. */
    static final double WARMUP_S = 30;

    private ClockTraceChart() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ClockTraceChart TRACE_CSV OUT_PNG TITLE");
            System.exit(2);
        }
        if (!Files.isReadable(Path.of(args[0]))) {
            System.err.println("ClockTraceChart: cannot read " + args[0] + ": no such readable file");
            System.exit(2);
        }
        ImageIO.write(draw(ClockTraceRow.read(Path.of(args[0])), args[2]), "png", Path.of(args[1]).toFile());
        System.out.println("wrote " + args[1]);
    }

    static BufferedImage draw(List<ClockTraceRow> rows, String title) {
        System.setProperty("java.awt.headless", "true");
        int height = TOP + LAG_H + DRIFT_H;
        BufferedImage image = new BufferedImage(W * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(SCALE, SCALE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, 14, 26);
        lagChart(rows).draw(g, new Rectangle2D.Double(0, TOP, W, LAG_H));
        driftChart(rows).draw(g, new Rectangle2D.Double(0, TOP + LAG_H, W, DRIFT_H));
        g.dispose();
        return image;
    }

    static JFreeChart lagChart(List<ClockTraceRow> rows) {
        TreeMap<Long, XYSeries> byPeer = new TreeMap<>();
        rows.stream().filter(ClockTraceRow::synced).filter(r -> r.timeS() >= WARMUP_S).forEach(r -> byPeer
                .computeIfAbsent(r.peer(), p -> new XYSeries("peer " + p, false, true)).add(r.timeS(), r.behindLeaderMs()));
        XYSeriesCollection data = new XYSeriesCollection();
        byPeer.values().forEach(data::addSeries);
        XYPlot plot = plot(data, "behind the network's time (ms)");
        XYLineAndShapeRenderer lines = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < byPeer.size(); i++) {
            lines.setSeriesPaint(i, shade(i, byPeer.size()));
        }
        ValueMarker tick = new ValueMarker(TICK_MS, Color.RED, new BasicStroke(1.2f));
        tick.setLabel("one tick (pace counts above)");
        tick.setLabelFont(TradeoffPanel.LABEL_FONT);
        tick.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        tick.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(tick);
        return chart(plot, "Each synced peer's lag behind the greatest time after the " + (int) WARMUP_S
                + " s warm-up (one line per peer, dark: low ids)");
    }

    static JFreeChart driftChart(List<ClockTraceRow> rows) {
        XYSeries leader = new XYSeries("network's time − virtual time", false, true);
        TreeSet<Double> times = new TreeSet<>(rows.stream().map(ClockTraceRow::timeS).toList());
        for (double t : times) {
            rows.stream().filter(r -> r.timeS() == t && r.timeS() >= WARMUP_S && r.synced() && r.behindLeaderMs() == 0).findFirst()
                    .ifPresent(r -> leader.add(t, r.networkMinusVirtualMs()));
        }
        XYPlot plot = plot(new XYSeriesCollection(leader), "network − virtual (ms)");
        plot.getRenderer().setSeriesPaint(0, Palette.FIXED);
        return chart(plot, "How far the network's time (its greatest) runs from virtual time");
    }

    private static XYPlot plot(XYSeriesCollection data, String rangeLabel) {
        NumberAxis x = new NumberAxis("virtual time (s)");
        NumberAxis y = new NumberAxis(rangeLabel);
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            lines.setSeriesStroke(i, new BasicStroke(0.8f));
        }
        XYPlot plot = new XYPlot(data, x, y, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID_LINES);
        plot.setRangeGridlinePaint(Palette.GRID_LINES);
        return plot;
    }

    private static JFreeChart chart(XYPlot plot, String title) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** From viridis' dark end to its light end, in order of peer id. */
    static Color shade(int i, int n) {
        Color a = Palette.FIXED;
        Color b = Palette.BUDGETS[2];
        double f = n <= 1 ? 0 : (double) i / (n - 1);
        return new Color((int) (a.getRed() + f * (b.getRed() - a.getRed())),
                (int) (a.getGreen() + f * (b.getGreen() - a.getGreen())), (int) (a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
