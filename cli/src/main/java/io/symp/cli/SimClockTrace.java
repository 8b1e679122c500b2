package io.symp.cli;

import io.symp.core.UserError;
import io.symp.peer.Peer;
import io.symp.peer.Protocol;
import io.symp.sim.ClockTrace;
import io.symp.sim.PeerObserver;
import io.symp.sim.SimResult;
import io.symp.sim.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code symp sim --clock-trace FILE}: one run with a {@link ClockTrace} written to FILE. */
final class SimClockTrace {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private SimClockTrace() {}

    /** FILE-<protocol>-seed<N>.csv, for one of several runs. */
    static Path name(Path file, Protocol protocol, long seed) {
        String base = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return file.resolveSibling(base + "-" + protocol.name().toLowerCase(Locale.ROOT) + "-seed" + seed + ".csv");
    }

    /** Runs {@code sim} traced to {@code file}, beside {@code other} (may be null). */
    static SimResult run(Simulation sim, Path file, PeerObserver other) {
        if (Files.exists(file)) {
            throw new UserError("--clock-trace: " + file + " exists; remove it first");
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            ClockTrace trace = new ClockTrace(sim, w, INTERVAL_NANOS);
            sim.observe(other == null ? trace : new PeerObserver() {
                @Override
                public void started(long id, int incarnation, Peer peer) {
                    other.started(id, incarnation, peer);
                    trace.started(id, incarnation, peer);
                }

                @Override
                public void stopped(long id, int incarnation, Peer peer) {
                    other.stopped(id, incarnation, peer);
                    trace.stopped(id, incarnation, peer);
                }
            });
            SimResult r = sim.run();
            if (w.checkError()) {
                throw new UncheckedIOException(new IOException("cannot write " + file));
            }
            return r;
        } catch (IOException e) {
            throw new UserError("--clock-trace: cannot write " + file + ": " + e.getMessage());
        }
    }
}
