package io.symp.cli;

import io.symp.hash.StateHash;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symp demo}: the tour. Five peers on loopback, random events, agreement shown. */
@Command(name = "demo", description = {
    "The tour: five peers on loopback TCP with random events, a live view, and their states compared.",
    "The live view goes to stderr: redrawn in place at the bottom of a terminal, a plain frame every"
        + " 5 s anywhere else (a file, a pipe, TERM=dumb). The header and the verdict go to stdout.",
    "The peers are linked in a line and a cycle (1-2, 2-3, 3-4, 4-5, 5-3) with injected delay; after"
        + " the events stop, every peer's state at one common tick is printed side by side and the"
        + " exit status says whether they agree."})
public final class DemoCommand implements Callable<Integer> {
    private static final long[][] LINKS = {{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 3}};

    @Spec CommandSpec spec;

    @Option(names = "--seconds", paramLabel = "DURATION", defaultValue = "20s",
            converter = Durations.SecondsByDefault.class,
            description = "How long events are emitted: a duration such as 90s or 2m, or a bare"
                    + " number of seconds (default: ${DEFAULT-VALUE}).")
    long durationNanos;

    @Option(names = "--app", paramLabel = "APP", completionCandidates = Candidates.AppNames.class, defaultValue = "move", description = "Application (default: ${DEFAULT-VALUE}).")
    String app;

    @Mixin AppPathOption appPath;

    @Option(names = "--rate", paramLabel = "PER_MINUTE", defaultValue = "30", description = "Events per minute from each peer (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--link-delay", paramLabel = "DURATION", defaultValue = "30ms", converter = Durations.class,
            description = "Added one-way delay per link (default: ${DEFAULT-VALUE}, jitter a fifth of it).")
    long linkDelayNanos;

    @Option(names = "--delta", paramLabel = "DURATION", defaultValue = "100ms", converter = Durations.class,
            description = "How far ahead events are stamped (default: ${DEFAULT-VALUE}: short enough that"
                    + " a far peer sometimes gets an event late and travels back in time).")
    long deltaNanos;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of the random events (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sync-test", paramLabel = "N", defaultValue = "0",
            description = "Check the app for determinism on every peer: roll back up to N ticks every tick.")
    int syncTest;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Checks.positiveNanos("--seconds", durationNanos);
        Checks.positiveNanos("--delta", deltaNanos);
        Checks.within("--rate", rate, 0, PeerFlags.EMIT_PER_MINUTE_MAX);
        Checks.within("--sync-test", syncTest, 0, io.symp.peer.Limits.SYNC_TEST_DEPTH_MAX);
        // Each peer its own instance and class loader, as if each ran in its own process.
        java.util.function.Supplier<io.symp.app.SymmetricApp> apps = appPath.apps().isolated(app);
        TransportConfig transport = new TransportConfig("demo", null, linkDelayNanos, linkDelayNanos / 5, seed);
        List<NetworkPeer> peers = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        var notices = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        int fps = PeerConfig.defaults(1).fps();
        int deltaTicks = (int) Math.max(1, Math.round(deltaNanos * fps / 1e9));
        try {
            for (long id = 1; id <= 5; id++) {
                PeerConfig config = PeerConfig.defaults(id).withDeltaTicks(deltaTicks)
                        .withSyncWaitTicks(id == 1 ? 0 : Integer.MAX_VALUE).withSyncTest(syncTest, seed);
                NetworkPeer p = new NetworkPeer(config, apps.get(), transport);
                ports.add(p.start("127.0.0.1", 0));
                long peerId = id;
                p.call(() -> {
                    p.peer().addListener(new TimeTravelNotices(peerId, notices));
                    return null;
                });
                peers.add(p);
            }
            for (long[] l : LINKS) {
                peers.get((int) l[1] - 1).join("127.0.0.1", ports.get((int) l[0] - 1));
            }
            out.printf("symp demo: 5 peers of '%s' on loopback, links 1-2 2-3 3-4 4-5 5-3, %d ms each way, Δ %d ms%n",
                    app, linkDelayNanos / 1_000_000, deltaTicks * 1000L / fps);
            for (NetworkPeer p : peers) {
                p.emitRandomly(rate, seed);
            }
            LiveLines live = new LiveLines(spec.commandLine().getErr(), LiveView.PLAIN_INTERVAL_NANOS);
            new LiveView(live, peers, notices, 2L * deltaTicks + fps / 2).run(durationNanos);
            peers.forEach(NetworkPeer::closeEmitter);
            out.println("events stopped; letting the last ones reach their ticks...");
            out.flush();
            Thread.sleep(2_000);
            return verdict(out, peers);
        } finally {
            peers.forEach(NetworkPeer::close);
        }
    }

    private static int verdict(PrintWriter out, List<NetworkPeer> peers) {
        long common = peers.stream().mapToLong(p -> p.call(() -> p.peer().tick())).min().orElseThrow();
        String first = null;
        boolean agree = true;
        for (NetworkPeer p : peers) {
            String hash = StateHash.hex(p.call(() -> p.peer().stateHashAt(common)));
            String state = p.call(() -> io.symp.check.StateDiff.describe(p.peer().appInfo(), stateAt(p, common)));
            out.printf(Locale.ROOT, "peer %d  tick %d  hash %s  %s%n", p.id(), common, hash, state);
            agree &= first == null || first.equals(hash);
            first = first == null ? hash : first;
        }
        for (NetworkPeer p : peers) {
            var found = p.call(() -> p.peer().nonDeterminism());
            if (found != null) {
                out.println("peer " + p.id() + ": " + found.describe());
                agree = false;
            }
        }
        out.println(agree ? "all 5 peers agree at tick " + common + ": every state bit-identical"
                : "DIVERGENCE: the peers disagree at tick " + common);
        out.flush();
        return agree ? ExitCodes.OK : ExitCodes.PROBLEM;
    }

    private static io.symp.app.State stateAt(NetworkPeer p, long tick) {
        io.symp.app.State s = p.peer().stateAt(tick);
        return s != null ? s : new io.symp.app.State(p.peer().appInfo().stateSize());
    }
}
