package io.symp.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeoffChartTest {
    @TempDir Path dir;

    private List<TradeoffRow> rows() throws Exception {
        Path csv = dir.resolve("tradeoff.csv");
        Files.writeString(csv, """
                latency_ms,setting,delta_ms,mean_delay_ms,rollback_pct,rollback_floor_pct,pace_pct,events_lost,hashes_agree
                5,mult 1,20.0,10.2,0.838,0.843,0.0,0,true
                5,mult 2,60.0,50.2,0.058,0.059,0.0,0,true
                5,mult 5,120.0,110.2,0.0,0.0,0.0,0,true
                5,auto 1%,27.2,17.4,0.644,0.649,0.0,0,true
                25,mult 1,120.0,110.0,1.535,1.554,0.0,0,true
                25,mult 3,380.0,370.0,0.0,0.0,0.0,0,true
                25,mult 5,620.0,610.0,0.0,0.0,0.0,0,true
                25,auto 0.5%,202.9,193.0,0.365,0.374,0.0,0,true
                """);
        return TradeoffRow.read(csv);
    }

    private List<PublishedCell> published() throws Exception {
        Path csv = dir.resolve("grid.csv");
        Files.writeString(csv, """
                multiplier,latency_ms,events_per_min,rollback_pct,rollback_floor_pct,paper_algorithm_rollback_pct,paper_published_rollback_pct
                1,5,25,0.8,0.8,0.9,0.9
                5,5,25,0.0,0.0,0.0,0.0
                5,25,25,0.0,0.0,0.0,0.1
                5,25,50,0.0,0.0,0.0,0.0
                """);
        return PublishedCell.read(csv);
    }

    @Test
    void shouldReadTheSweepsColumnsByName() throws Exception {
        TradeoffRow auto = rows().get(3);
        assertEquals(5, auto.latencyMs());
        assertEquals(17.4, auto.meanDelayMs());
        assertEquals(1.0, auto.budgetPct());
        assertEquals(2.0, rows().get(1).multiplier());
        assertEquals(0.1, published().get(2).rollbackPct());
    }

    @Test
    void shouldNameThePointsTheLogScaleCannotShow() throws Exception {
        assertEquals("At 0 % (no rollback), so not on the log scale: symp m = 3 at 25 ms,"
                + " m = 5 at every latency; the paper m = 5 at 5 ms.", TradeoffChart.zeroNote(rows(), published()));
    }

    @Test
    void shouldDrawOnePanelPerLatencyAtTheLayoutSizeScaled() throws Exception {
        BufferedImage image = TradeoffChart.draw(rows(), published());
        assertEquals(TradeoffChart.SCALE * TradeoffChart.PANEL_W * TradeoffChart.COLUMNS, image.getWidth());
        assertEquals(TradeoffChart.SCALE * (TradeoffChart.TOP + TradeoffChart.PANEL_H + TradeoffChart.LEGEND_H), image.getHeight());
        // The fixed-Δ curve's colour is drawn somewhere in the first panel.
        boolean found = false;
        for (int x = 0; x < TradeoffChart.SCALE * TradeoffChart.PANEL_W && !found; x++) {
            for (int y = TradeoffChart.SCALE * TradeoffChart.TOP; y < TradeoffChart.SCALE * (TradeoffChart.TOP + TradeoffChart.PANEL_H) && !found; y++) {
                found = (image.getRGB(x, y) & 0xffffff) == Palette.FIXED.getRGB() - 0xff000000;
            }
        }
        assertTrue(found, "symp's fixed-Δ points are drawn");
    }
}
