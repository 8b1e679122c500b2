package io.symp.cli;

import io.symp.core.UserError;
import io.symp.peer.Protocol;
import io.symp.sim.ClockTrace;
import io.symp.sim.SimResult;
import io.symp.sim.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code symp sim --clock-trace FILE}: one run with a {@link ClockTrace} written to FILE. */
final class SimClockTrace {
    /** One row per peer per second of virtual time: 21 peers, 5 minutes, about 200 KB. */
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private SimClockTrace() {}

    /** FILE-&lt;protocol&gt;-seed&lt;N&gt;.csv, for one of several runs. */
    static Path name(Path file, Protocol protocol, long seed) {
        String base = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return file.resolveSibling(base + "-" + protocol.name().toLowerCase(Locale.ROOT) + "-seed" + seed + ".csv");
    }

    /** Runs {@code sim} traced to {@code file}; an existing file is replaced only when {@code force}. */
    static SimResult run(Simulation sim, Path file, boolean force) {
        if (Files.exists(file) && !force) {
            throw new UserError("--clock-trace: " + file + " exists (--force replaces it)");
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            sim.traceClocks(new ClockTrace(w, INTERVAL_NANOS));
            SimResult r = sim.run();
            if (w.checkError()) {
                throw new UserError("--clock-trace: cannot write " + file);
            }
            return r;
        } catch (IOException e) {
            throw new UserError("--clock-trace: cannot write " + file + ": " + e.getMessage());
        }
    }
}
