package io.symp.cli;

import io.symp.sim.SimConfig;
import io.symp.sim.SimResult;
import io.symp.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import picocli.CommandLine;

/**
 * {@code symp sim --swarm N}: seeds S to S+N-1, each a scenario drawn from the seed alone
 * ({@link SwarmDraw}) and run, in parallel on every core, through the very options a user would
 * give {@code symp sim}; every run is checked (see {@link SimResult#violations()}).
 */
final class SimSwarm {
    /** One seed: what it ran, and what the checkers found (or how the simulator itself failed). */
    record Run(long seed, List<String> args, SimResult result, String error) {
        boolean failed() {
            return error != null || !result.sound();
        }

        /** The violations, or the simulator's own failure. */
        List<String> problems() {
            return error != null ? List.of(error) : result.violations();
        }
    }

    private SimSwarm() {}

    /** Runs {@code count} seeds from {@code first}; {@code done} hears each finished one. */
    static List<Run> run(long first, int count, IntConsumer done) {
        int threads = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "swarm");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (long seed = first; seed < first + count; seed++) {
                long s = seed;
                futures.add(pool.submit(() -> {
                    Run r = one(s);
                    done.accept(1);
                    return r;
                }));
            }
            List<Run> runs = new ArrayList<>();
            for (Future<Run> f : futures) {
                runs.add(f.get());
            }
            return runs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("swarm interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a swarm run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Seed {@code seed}'s scenario, run as {@code symp sim} would run its command line. */
    static Run one(long seed) {
        List<String> args = SwarmDraw.of(seed);
        try {
            SimCommand cmd = new SimCommand();
            new CommandLine(cmd).parseArgs(args.toArray(String[]::new));
            SimConfig config = cmd.config();
            return new Run(seed, args, new Simulation(config).run(), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return new Run(seed, args, null, "the simulation itself failed: " + e
                    + (at == null ? "" : " (at " + at + ")"));
        }
    }
}
