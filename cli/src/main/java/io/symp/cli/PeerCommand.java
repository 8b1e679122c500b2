package io.symp.cli;

import io.symp.core.UserError;
import io.symp.hash.StateHash;
import io.symp.net.NetworkPeer;
import io.symp.topology.PeerSpec;
import io.symp.topology.Topology;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symp peer}: one headless peer over TCP. */
@Command(name = "peer", sortOptions = false,
        description = {"Run a headless peer over TCP: listen, join neighbours, flood events, keep time.",
            "With --until-tick T it prints 'tick T hash H' once tick T is settled, and exits."})
public final class PeerCommand implements Callable<Integer> {
    /** How often the status is printed when stderr is not a terminal (a log file, a pipe). */
    static final long STATUS_PLAIN_INTERVAL_NANOS = 10_000_000_000L;

    @Spec CommandSpec spec;

    @Mixin PeerOptions options;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:0",
            description = "Where to listen; PORT alone listens on 127.0.0.1 (default: ${DEFAULT-VALUE},"
                    + " any free port).")
    String listen;

    @Option(names = "--join", paramLabel = "HOST:PORT", description = "A neighbour to dial, again whenever the link drops (repeatable).")
    List<String> joins = new ArrayList<>();

    @Option(names = "--topology", paramLabel = "FILE", description = "Take address and neighbours from a topology file (with --as).")
    String topology;

    @Option(names = "--as", paramLabel = "ID", description = "This peer's id in --topology.")
    Long as;

    @Option(names = "--emit-rate", paramLabel = "N", defaultValue = "0", description = "Emit random app events, N per minute (seeded by --seed).")
    double emitRate;

    @Option(names = "--until-tick", paramLabel = "T", description = "Once tick T is settled (Δ and 2 s past it, and every neighbour reports the same events through it), print 'tick T hash H' and exit (1 if a divergence was seen or a neighbour did not confirm T within 30 s).")
    Long untilTick;

    @Option(names = "--repl", description = "Open the REPL on this peer (see 'symp repl'); quit stops the peer.")
    boolean repl;

    @Option(names = "--history", paramLabel = "FILE", description = "With --repl: history file (default: ~/.symp_history).")
    java.nio.file.Path history;

    @Option(names = "--record", paramLabel = "FILE",
            description = "Record this peer's timeline to FILE (see 'symp replay').")
    java.nio.file.Path record;

    @Option(names = "--force", description = "With --record: replace FILE if it exists.")
    boolean force;

    @Option(names = "--json", description = "With --until-tick: the result as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        if (repl && untilTick != null) {
            throw new UserError("--repl and --until-tick do not go together");
        }
        PeerFlags.checkPeer(this);
        List<PeerOptions.HostPort> dial = new ArrayList<>();
        PeerOptions.HostPort bind = PeerFlags.listen(listen);
        PeerOptions.Identity identity;
        if (topology != null) {
            if (as == null) {
                throw new UserError("--topology needs --as ID");
            }
            Topology t = TopoCommand.load(topology);
            PeerSpec me = t.peer(as);
            if (!me.hasAddress()) {
                throw new UserError("peer " + as + " has no address in " + topology);
            }
            bind = new PeerOptions.HostPort(me.host(), me.port());
            for (long n : t.neighbours(as)) {
                PeerSpec other = t.peer(n);
                if (n < as && other.hasAddress()) {
                    dial.add(new PeerOptions.HostPort(other.host(), other.port()));
                }
            }
            // A topology's ids are addresses; only an open session without --identity claims them.
            boolean proven = options.secretFile != null || options.identityFile != null;
            identity = options.identity(proven ? null : as, "--as");
        } else {
            identity = options.identity();
        }
        for (String j : joins) {
            dial.add(PeerFlags.join(j));
        }
        return run(identity, bind, dial);
    }

    private int run(PeerOptions.Identity identity, PeerOptions.HostPort bind, List<PeerOptions.HostPort> dial)
            throws InterruptedException, java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        long id = identity.id();
        var transport = options.transportConfig(identity);
        NetworkPeer peer = new NetworkPeer(options.peerConfig(id, !dial.isEmpty()), options.createApp(), transport);
        io.symp.record.Recorder recorder = record == null ? null : openRecorder(peer);
        if (recorder != null) {
            peer.peer().addListener(recorder);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            peer.close();
            closeRecorder(recorder);
            stopped.countDown();
        }, "symp-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int port = peer.start(bind.host(), bind.port());
        // Concatenated, not printf: outside Locale.US a Formatter loads the JDK's locale data (StatusLine).
        err.println("symp peer " + Long.toUnsignedString(id) + " listening on " + bind.host() + ":" + port
                + " (app " + options.app + ", session '" + options.session + "')");
        if (!transport.secured()) {
            err.println("symp peer: open session: no --secret-file, any peer that knows the session name can join"
                    + " (links are still TLS, and ids still proven by keys unless claimed with --id)");
        }
        err.flush();
        dial.forEach(d -> peer.join(d.host(), d.port()));
        peer.emitRandomly(emitRate, options.seed);
        if (repl) {
            Runtime.getRuntime().removeShutdownHook(hook);
            try {
                return ReplCommand.run(spec, peer, null, history);
            } finally {
                peer.close();
                closeRecorder(recorder);
            }
        }
        LiveLines status = new LiveLines(err, STATUS_PLAIN_INTERVAL_NANOS);
        try {
            if (untilTick != null) {
                return untilSettled(peer, status, !dial.isEmpty());
            }
            SyncTestWatch syncTestWatch = new SyncTestWatch(peer, err);
            while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                if (peer.failureReason() != null) {
                    return stoppedOnFailure(peer);
                }
                showStatus(status, peer);
                syncTestWatch.check();
            }
            return ExitCodes.OK;
        } catch (io.symp.peer.PeerStoppedException e) {
            // No failure: the shutdown hook (SIGTERM, Ctrl-C) closed the peer, as asked.
            return peer.failure() == null ? ExitCodes.OK : stoppedOnFailure(peer);
        } finally {
            status.close();
            if (untilTick != null && removedHook(hook)) {
                peer.close();
                closeRecorder(recorder);
            }
        }
    }

    /** False once the JVM is shutting down: then the hook closes the peer and the recording. */
    private static boolean removedHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    /** The status line: in place on a terminal's last row, a plain line now and then elsewhere. */
    private static void showStatus(LiveLines status, NetworkPeer peer) {
        String prefix = status.onTerminal() ? "" : "symp peer: ";
        status.show(() -> java.util.List.of(prefix + StatusLine.describe(peer)));
    }

    /**
     * The peer stopped on a failure (its app's tick threw, or an Error): one line why, exit 1
     * (3 when it is a bug in symp). The recording, if any, is closed whole on the way out.
     */
    private int stoppedOnFailure(NetworkPeer peer) throws InterruptedException {
        peer.awaitStop(5, java.util.concurrent.TimeUnit.SECONDS);
        PrintWriter err = spec.commandLine().getErr();
        err.println("symp peer: stopped: " + peer.failureReason());
        err.flush();
        Throwable failure = peer.failure();
        return failure instanceof RuntimeException && !(failure instanceof io.symp.core.UserError)
                ? ExitCodes.INTERNAL : ExitCodes.PROBLEM;
    }

    /** Creates the log and writes its header; a file that cannot be written is one line, exit 1. */
    private io.symp.record.Recorder openRecorder(NetworkPeer peer) {
        try {
            return io.symp.record.Recorder.open(record, io.symp.record.LogHeader.of(peer.peer(),
                    options.session, System.currentTimeMillis()));
        } catch (java.io.IOException e) {
            throw UserError.problem("cannot record to " + record + ": " + e.getMessage());
        }
    }

    /** Writes the recorder's last block; the peer has stopped, so nothing else writes. */
    private static void closeRecorder(io.symp.record.Recorder recorder) {
        if (recorder == null) {
            return;
        }
        try {
            recorder.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@link #untilTick} is settled (see {@link UntilTick}), prints its hash and
     * returns the exit code.
     */
    private int untilSettled(NetworkPeer peer, LiveLines status, boolean dials) throws InterruptedException {
        long t = untilTick;
        Unlinked unlinked = new Unlinked(peer, dials);
        UntilTick until = new UntilTick(peer, t, dials, unlinked);
        SyncTestWatch syncTestWatch = new SyncTestWatch(peer, spec.commandLine().getErr());
        while (!until.due()) {
            Thread.sleep(until.pollMillis());
            showStatus(status, peer);
            syncTestWatch.check();
            String alone = unlinked.givenUp();
            if (alone != null) {
                spec.commandLine().getErr().println("symp peer: " + alone);
                spec.commandLine().getErr().flush();
                return ExitCodes.PROBLEM;
            }
        }
        status.close();
        String alone = unlinked.atEnd();
        if (alone != null) {
            spec.commandLine().getErr().println("symp peer: " + alone);
            spec.commandLine().getErr().flush();
            return ExitCodes.PROBLEM;
        }
        long hash = peer.call(() -> peer.peer().stateHashAt(t));
        long divergences = peer.call(() -> peer.peer().divergences());
        long forks = peer.call(() -> peer.peer().forks());
        long equivocations = peer.call(() -> peer.peer().equivocations());
        long forgeries = peer.call(() -> peer.peer().forgeries());
        PrintWriter out = spec.commandLine().getOut();
        var stats = peer.call(() -> peer.peer().stats());
        if (json) {
            out.println(Json.write(PeerJson.result(peer.id(), t, StateHash.hex(hash), stats,
                    new PeerJson.Findings(divergences, forks, equivocations, forgeries))));
        } else {
            out.println("tick " + t + " hash " + StateHash.hex(hash));
        }
        out.flush();
        spec.commandLine().getErr().printf(java.util.Locale.ROOT,
                "stats ticks_live=%d ticks_travelled=%d rollbacks=%d max_depth=%d events=%d late=%d refused=%d skipped=%d"
                        + " divergences=%d forks=%d equivocations=%d forgeries=%d%n",
                stats.ticksLive(), stats.ticksTravelled(), stats.rollbacks(), stats.maxDepth(), stats.eventsApplied(),
                stats.eventsLate(), stats.eventsRefused(), stats.eventsSkipped(), divergences, forks, equivocations,
                forgeries);
        String unconfirmed = until.unconfirmedReason();
        if (unconfirmed != null) {
            spec.commandLine().getErr().println("symp peer: " + unconfirmed);
        }
        spec.commandLine().getErr().flush();
        if (syncTestWatch.check() || unconfirmed != null) {
            return ExitCodes.PROBLEM;
        }
        // A fork names events not every peer could apply: the hashes may differ, and it says why.
        // An equivocation names a member that signed two versions of one event (resolved alike).
        return divergences == 0 && forks == 0 && equivocations == 0 ? ExitCodes.OK : ExitCodes.PROBLEM;
    }
}
