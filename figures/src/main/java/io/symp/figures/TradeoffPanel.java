package io.symp.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One latency of the trade-off: rollback % (log scale) against mean event delay, for symp's
 * fixed multipliers (a line, left to right m = 1 … 5), {@code --delta auto} at three budgets
 * (each with its budget as a dashed line) and the paper's published figures at the same Δ,
 * joined to symp's by a dotted line. No text labels in the plot: nothing can overlap.
 * Points at 0 % cannot sit on a log scale: they are left out and named by {@link TradeoffChart}.
 */
final class TradeoffPanel {
    static final double Y_MIN_PCT = 0.0005;
    static final double Y_MAX_PCT = 200;
    static final double[] BUDGETS_PCT = {0.5, 1, 2};
    static final String FIXED = "symp, fixed Δ = latency × 5.03 hops × m: m = 1, 1.25, 1.5, 1.75, 2, 2.25,"
            + " 2.5, 3, 5 from left to right";
    static final String PAPER = "the paper's published table at the same Δ, m = 1, 2, 5 (dotted line: to"
            + " symp's point)";
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private TradeoffPanel() {}

    static String autoName(double budgetPct) {
        return String.format(Locale.ROOT, "symp, --delta auto at a %s %% budget (dashed line)",
                new DecimalFormat("0.#").format(budgetPct));
    }

    static JFreeChart chart(int latencyMs, List<TradeoffRow> rows, List<PublishedCell> paper) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries fixed = new XYSeries(FIXED, true, true);
        rows.stream().filter(TradeoffRow::fixed).filter(r -> r.rollbackPct() > 0)
                .forEach(r -> fixed.add(r.meanDelayMs(), r.rollbackPct()));
        data.addSeries(fixed);
        for (double budget : BUDGETS_PCT) {
            XYSeries auto = new XYSeries(autoName(budget), false, true);
            rows.stream().filter(r -> !r.fixed() && r.budgetPct() == budget)
                    .forEach(r -> auto.add(r.meanDelayMs(), r.rollbackPct()));
            data.addSeries(auto);
        }
        XYSeries published = new XYSeries(PAPER, false, true);
        XYPlot plot = new XYPlot(data, xAxis(), yAxis(), renderer());
        for (PublishedCell c : paper) {
            // Plotted at our delay for the same Δ: both stamp events Δ ahead of emission.
            var ours = rows.stream().filter(r -> r.fixed() && r.multiplier() == c.multiplier()).findFirst();
            if (ours.isEmpty() || c.rollbackPct() <= 0) {
                continue;
            }
            double x = ours.get().meanDelayMs();
            published.add(x, c.rollbackPct());
            if (ours.get().rollbackPct() > 0) {
                plot.addAnnotation(new XYLineAnnotation(x, ours.get().rollbackPct(), x, c.rollbackPct(),
                        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                                new float[] {1.5f, 2.5f}, 0f), Color.GRAY));
            }
        }
        data.addSeries(published);
        for (int i = 0; i < BUDGETS_PCT.length; i++) {
            plot.addRangeMarker(new ValueMarker(BUDGETS_PCT[i], Palette.BUDGETS[i], new BasicStroke(1.2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f)));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID_LINES);
        plot.setRangeGridlinePaint(Palette.GRID_LINES);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(latencyMs + " ms one-way latency per link",
                new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static NumberAxis xAxis() {
        NumberAxis x = new NumberAxis("mean event delay, emission to its tick (ms)");
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.06);
        x.setUpperMargin(0.12);
        x.setLabelFont(LABEL_FONT);
        return x;
    }

    private static LogAxis yAxis() {
        LogAxis y = new LogAxis("rollback % (ticks re-simulated ÷ simulated)");
        y.setRange(Y_MIN_PCT, Y_MAX_PCT);
        y.setTickUnit(new NumberTickUnit(1));  // one tick a decade (the unit is log10)
        y.setNumberFormatOverride(new DecimalFormat("0.###"));
        y.setLabelFont(LABEL_FONT);
        return y;
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesPaint(0, Palette.FIXED);
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        for (int i = 0; i < BUDGETS_PCT.length; i++) {
            r.setSeriesPaint(1 + i, Palette.BUDGETS[i]);
            r.setSeriesLinesVisible(1 + i, false);
            r.setSeriesShape(1 + i, triangle(5));
        }
        int paper = 1 + BUDGETS_PCT.length;
        r.setSeriesPaint(paper, Palette.PAPER);
        r.setSeriesLinesVisible(paper, false);
        r.setSeriesShape(paper, diamond(5));
        r.setSeriesShapesFilled(paper, false);
        r.setUseOutlinePaint(false);
        return r;
    }

    private static Shape triangle(int s) {
        return new Polygon(new int[] {0, s, -s}, new int[] {-s, s, s}, 3);
    }

    private static Shape diamond(int s) {
        return new Polygon(new int[] {0, s, 0, -s}, new int[] {-s, 0, s, 0}, 4);
    }
}
