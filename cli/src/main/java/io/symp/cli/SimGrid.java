package io.symp.cli;

import io.symp.peer.Protocol;
import io.symp.sim.SimConfig;
import io.symp.sim.SimResult;
import io.symp.app.SymmetricApp;
import io.symp.sim.Simulation;
import java.util.function.Supplier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code symp sim --grid paper}: the paper's 108 cells, each run with our protocol and the
 * paper's algorithm on the same seeds, cells in parallel on every core. Invariant: the results
 * (not the order cells finish in) depend only on the configuration and the seed.
 */
final class SimGrid {
    /** Builds a cell's configuration from latency (ns), rate (events/min) and multiplier. */
    interface Configs {
        SimConfig of(long latencyNanos, double rate, double mult);
    }

    private final Configs configs;
    private final Supplier<SymmetricApp> apps;
    private final int runs;
    private final long seed;
    private final PaperTable paper = PaperTable.load();

    /** {@code apps} gives every simulated peer its own app instance (see Apps.isolated). */
    SimGrid(Configs configs, int runs, long seed, Supplier<SymmetricApp> apps) {
        this.configs = configs;
        this.apps = apps;
        this.runs = runs;
        this.seed = seed;
    }

    /** Runs every cell, reporting progress on {@code err}; cells in the paper's table order. */
    List<GridCell> run(PrintWriter err) {
        List<int[]> specs = new ArrayList<>();
        for (int mult : PaperTable.MULTS) {
            for (int latency : PaperTable.LATENCIES_MS) {
                for (int rate : PaperTable.RATES) {
                    specs.add(new int[] {mult, latency, rate});
                }
            }
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var consumer = new DelegatingProgressBarConsumer(line -> {
            err.print("\r" + line);
            err.flush();
        });
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("grid")
                .setInitialMax(specs.size()).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(consumer).build()) {
            List<Future<GridCell>> futures = new ArrayList<>();
            for (int[] s : specs) {
                futures.add(pool.submit(() -> {
                    GridCell cell = cell(s[0], s[1], s[2]);
                    bar.step();
                    return cell;
                }));
            }
            List<GridCell> cells = new ArrayList<>();
            for (Future<GridCell> f : futures) {
                cells.add(f.get());
            }
            return cells;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grid interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a grid cell failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            err.println();
        }
    }

    private GridCell cell(int mult, int latencyMs, int rate) {
        SimConfig base = configs.of(latencyMs * 1_000_000L, rate, mult);
        return new GridCell(mult, latencyMs, rate, runAll(base.withProtocol(Protocol.SYMP)),
                runAll(base.withProtocol(Protocol.PAPER)),
                paper.rollbackPct(mult, latencyMs, rate));
    }

    private java.util.Map<String, Object> runAll(SimConfig config) {
        List<SimResult> rs = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            rs.add(new Simulation(config.withSeed(seed + run), apps).run());
        }
        return SimReport.summarise(rs, config, true);
    }

    /** Writes {@code grid-paper.csv}, {@code .svg} and {@code .png} into {@code dir}. */
    static List<Path> write(Path dir, List<GridCell> cells, String subtitle) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        lines.add(GridCell.CSV_HEADER);
        cells.forEach(c -> lines.add(c.csvRow()));
        Path csv = dir.resolve("grid-paper.csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);
        SvgCanvas svg = new SvgCanvas(GridPicture.WIDTH, GridPicture.HEIGHT);
        GridPicture.draw(svg, cells, subtitle);
        Path svgFile = dir.resolve("grid-paper.svg");
        Files.writeString(svgFile, svg.finish(), StandardCharsets.UTF_8);
        PngCanvas png = new PngCanvas(GridPicture.WIDTH, GridPicture.HEIGHT);
        GridPicture.draw(png, cells, subtitle);
        Path pngFile = dir.resolve("grid-paper.png");
        png.write(pngFile);
        return List.of(csv, svgFile, pngFile);
    }
}
