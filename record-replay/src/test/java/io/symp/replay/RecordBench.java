package io.symp.replay;

import io.symp.app.Apps;
import io.symp.app.State;
import io.symp.app.SymmetricApp;
import io.symp.record.LogContents;
import io.symp.record.LogReader;
import io.symp.record.LogRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The figures of docs/PERFORMANCE.md "Recording and replay": a main, not a test. Run it with
 * the test classpath (see docs/PERFORMANCE.md for the command).
 */
public final class RecordBench {
    private RecordBench() {}

    public static void main(String[] args) throws Exception {
        long ticks = args.length > 0 ? Long.parseLong(args[0]) : 180_000;
        Path dir = Files.createTempDirectory("symp-bench");
        overhead(Math.min(ticks, 30_000));
        for (int i = 0; i < 3; i++) {
            recorderAlone(2_000_000);
        }
        long t0 = System.nanoTime();
        List<Path> logs = Logs.record(dir, 42, 3, ticks, 2, ticks / 2);
        System.out.printf("recorded 3 peers x %d ticks in %.1f s%n", ticks,
                (System.nanoTime() - t0) / 1e9);
        LogContents a = LogReader.read(logs.get(0));
        long events = a.records().stream().filter(r -> r instanceof LogRecord.EventRecord).count();
        long size = Files.size(logs.get(0));
        System.out.printf("log %d bytes, %d events, %d ticks%n", size, events, ticks);
        Path eventsOnly = dir.resolve("events-only");
        System.out.printf("bytes per event (event records only): %.2f%n",
                eventBytes(a, eventsOnly) / (double) events);
        SymmetricApp app = Apps.builtIn().create("move");
        for (int i = 0; i < 3; i++) {
            ReplayResult r = new Replayer(a, Apps.builtIn().create("move")).run();
            System.out.printf("replay: %d ticks/s (clean %s), raw app loop: %d ticks/s%n",
                    r.ticks() * 1_000_000_000L / r.nanos(), r.clean(), raw(app, r.ticks()));
        }
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            BisectResult b = Bisect.between(LogReader.read(logs.get(2)),
                    LogReader.read(logs.get(0)), () -> Apps.builtIn().create("move"));
            System.out.printf("bisect (incl. reading both logs): %.3f s, divergence at %d%n",
                    (System.nanoTime() - s) / 1e9, b.firstDivergence());
        }
    }

    private static long eventBytes(LogContents log, Path file) throws Exception {
        try (var out = Files.newOutputStream(file);
             var w = new io.symp.record.LogWriter(out, log.header())) {
            for (LogRecord r : log.records()) {
                if (r instanceof LogRecord.EventRecord) {
                    w.append(r);
                }
            }
        }
        return Files.size(file) - LogReader.read(file).blocks() * 16L - headerBytes(log);
    }

    private static long headerBytes(LogContents log) throws Exception {
        Path f = Files.createTempFile("hdr", ".log");
        try (var out = Files.newOutputStream(f);
             var w = new io.symp.record.LogWriter(out, log.header())) {
            return 0;
        } finally {
            long n = Files.size(f) - 16;
            Files.delete(f);
            System.out.printf("header block payload %d bytes%n", n);
        }
    }

    private static long raw(SymmetricApp app, long ticks) {
        State s = new State(app.info().stateSize());
        app.start(s);
        long start = System.nanoTime();
        for (long t = 0; t < ticks; t++) {
            app.tick(s);
        }
        return ticks * 1_000_000_000L / Math.max(1, System.nanoTime() - start);
    }

    /** The recorder's own cost per tick, 0.3 move events per tick, to a null stream. */
    private static void recorderAlone(long ticks) throws Exception {
        io.symp.record.LogHeader h = new io.symp.record.LogHeader("move", 1, 16, 1, 50, 1, "b",
                0, 50, 3000);
        State state = new State(16);
        io.symp.record.Recorder rec = new io.symp.record.Recorder(
                new io.symp.record.LogWriter(java.io.OutputStream.nullOutputStream(), h), h);
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        long seq = 0;
        long start = System.nanoTime();
        for (long t = 1; t <= ticks; t++) {
            if (r.nextInt(10) < 3) {
                rec.eventAccepted(new io.symp.app.Event(t + 3, 5, ++seq, r.nextInt(4)), t, false);
            }
            state.putLong(0, t);
            rec.ticked(t, state);
        }
        rec.close();
        System.out.printf("recorder alone: %.0f ns per tick%n",
                (System.nanoTime() - start) / (double) ticks);
    }

    private static void overhead(long ticks) throws Exception {
        for (int round = 0; round < 6; round++) {
            long s = System.nanoTime();
            PeerNet net = new PeerNet(7, 3);
            net.connectAll();
            net.run(ticks, 0.3);
            long plain = System.nanoTime() - s;
            Path dir = Files.createTempDirectory("symp-ovh");
            s = System.nanoTime();
            Logs.record(dir, 7, 3, ticks, -1, 0);
            long recorded = System.nanoTime() - s;
            System.out.printf("per peer-tick: plain %.0f ns, recorded %.0f ns (+%.1f%%)%n",
                    plain / (3.0 * ticks), recorded / (3.0 * ticks),
                    100.0 * (recorded - plain) / plain);
        }
    }
}
