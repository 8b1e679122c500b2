package io.symp.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClockTraceChartTest {
    @TempDir Path dir;

    private List<ClockTraceRow> rows() throws Exception {
        Path csv = dir.resolve("trace.csv");
        Files.writeString(csv, """
                time_s,peer,synced,behind_leader_ms,from_mean_ms,network_minus_virtual_ms
                10.000,1,true,900.000,3.000,-2.000
                31.000,1,true,0.000,3.000,-2.000
                31.000,2,true,6.000,-3.000,-8.000
                31.000,3,false,900.000,0.000,-902.000
                32.000,1,true,4.000,-1.000,-5.000
                32.000,2,true,0.000,1.000,-1.000
                """);
        return ClockTraceRow.read(csv);
    }

    @Test
    void shouldDrawOneLagLinePerSyncedPeerAndTheLeadersTimeAfterTheWarmUp() throws Exception {
        XYPlot lag = ClockTraceChart.lagChart(rows()).getXYPlot();
        assertEquals(2, lag.getDataset().getSeriesCount(), "peer 3 never held the time");
        assertEquals(2, lag.getDataset().getItemCount(0), "the sample at 10 s is in the warm-up");
        assertEquals(6.0, lag.getDataset().getYValue(1, 0));
        XYPlot drift = ClockTraceChart.driftChart(rows()).getXYPlot();
        assertEquals(-2.0, drift.getDataset().getYValue(0, 0), "the leader at 31 s is peer 1");
        assertEquals(-1.0, drift.getDataset().getYValue(0, 1), "the leader at 32 s is peer 2");
    }

    @Test
    void shouldDrawAtTheLayoutSizeScaled() throws Exception {
        BufferedImage image = ClockTraceChart.draw(rows(), "test");
        assertEquals(ClockTraceChart.SCALE * ClockTraceChart.W, image.getWidth());
        assertEquals(ClockTraceChart.SCALE * (ClockTraceChart.TOP + ClockTraceChart.LAG_H + ClockTraceChart.DRIFT_H),
                image.getHeight());
    }
}
