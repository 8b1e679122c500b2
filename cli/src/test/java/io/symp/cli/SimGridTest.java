package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid end to end, with runs short enough for a test: every cell, CSV, SVG and PNG. */
class SimGridTest {
    @Test
    void shouldRunEveryCellAndWriteTheTableAndItsPictures(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.run("sim", "--grid", "paper", "--duration", "4s", "--runs", "1",
                "--out", dir.toString(), "--json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"cells\":108"), r.out());
        assertTrue(r.out().contains("\"events_lost\":0"), r.out());
        List<String> csv = Files.readAllLines(dir.resolve("grid-paper.csv"));
        assertEquals(109, csv.size());
        assertEquals(GridCell.CSV_HEADER, csv.get(0));
        assertTrue(csv.get(1).startsWith("1,5,5,"), csv.get(1));
        String svg = Files.readString(dir.resolve("grid-paper.svg"));
        assertTrue(svg.startsWith("<svg") && svg.strip().endsWith("</svg>"));
        assertEquals(1 + 4 + 2 * 108, svg.split("<rect ", -1).length - 1);
        BufferedImage png = ImageIO.read(dir.resolve("grid-paper.png").toFile());
        assertEquals(GridPicture.WIDTH, png.getWidth());
        assertEquals(GridPicture.HEIGHT, png.getHeight());
    }

    @Test
    void shouldGiveTheSameTableForTheSameSeed(@TempDir Path dir) throws Exception {
        CliTest.run("sim", "--grid", "paper", "--duration", "3s", "--runs", "1", "--out", dir.resolve("a").toString());
        CliTest.run("sim", "--grid", "paper", "--duration", "3s", "--runs", "1", "--out", dir.resolve("b").toString());
        assertEquals(Files.readString(dir.resolve("a/grid-paper.csv")), Files.readString(dir.resolve("b/grid-paper.csv")));
    }

    @Test
    void shouldRefuseAnUnknownGrid() {
        CliTest.Result r = CliTest.run("sim", "--grid", "mine");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("symp sim: --grid must be 'paper', got 'mine'", r.err().strip());
    }
}
