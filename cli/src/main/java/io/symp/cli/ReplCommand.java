package io.symp.cli;

import io.symp.cli.repl.ReplConsole;
import io.symp.cli.repl.ReplSession;
import io.symp.net.NetworkPeer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symp repl}: a live peer with a prompt (or a script) to poke at it. */
@Command(name = "repl", sortOptions = false,
        description = {"Run a live peer with a prompt to emit events and look at its state, now and in the past.",
            "Rollbacks, links and divergences are shown above the prompt as they happen. Reads a"
                + " script instead when stdin is not a terminal or with --script: each line is"
                + " echoed with its result, errors go to stderr, and the exit status is 1 if any"
                + " line failed. The commands: symp-repl-commands(7), or 'help' at the prompt."})
public final class ReplCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin PeerOptions options;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:0",
            description = "Where to listen; PORT alone listens on 127.0.0.1 (default: ${DEFAULT-VALUE},"
                    + " any free port).")
    String listen;

    @Option(names = "--join", paramLabel = "HOST:PORT",
            description = "A neighbour to dial (repeatable).")
    List<String> joins = new ArrayList<>();

    @Option(names = "--script", paramLabel = "FILE",
            description = "Run the lines of FILE instead of prompting.")
    Path script;

    @Option(names = "--history", paramLabel = "FILE",
            description = "History file (default: ~/.symp_history).")
    Path history;

    @Override
    public Integer call() throws IOException {
        String lines = script == null ? null : Inputs.text(script, "--script");
        PeerFlags.check(options);
        List<PeerOptions.HostPort> dial = new ArrayList<>();
        for (String j : joins) {
            dial.add(PeerFlags.join(j));
        }
        PeerOptions.HostPort bind = PeerFlags.listen(listen);
        PeerOptions.Identity identity = options.identity();
        long id = identity.id();
        NetworkPeer peer = new NetworkPeer(options.peerConfig(id, !dial.isEmpty()),
                options.createApp(), options.transportConfig(identity));
        int port = peer.start(bind.host(), bind.port());
        spec.commandLine().getErr().printf("symp repl: peer %s listening on %s:%d%n",
                Long.toUnsignedString(id), bind.host(), port);
        spec.commandLine().getErr().flush();
        dial.forEach(d -> peer.join(d.host(), d.port()));
        return run(spec, peer, lines, history);
    }

    /**
     * Runs a REPL on {@code peer} (started) until quit, then closes the peer. Shared with
     * {@code symp peer --repl}.
     */
    static int run(CommandSpec spec, NetworkPeer peer, String script, Path history)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ReplSession session = new ReplSession(peer)) {
            if (script != null) {
                return ReplConsole.script(session, new BufferedReader(new StringReader(script)), out,
                        spec.commandLine().getErr());
            }
            if (!Terminals.isTerminal(org.jline.terminal.spi.SystemStream.Input)
                    || !Terminals.isTerminal(org.jline.terminal.spi.SystemStream.Output)) {
                var in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
                return ReplConsole.script(session, new BufferedReader(in), out,
                        spec.commandLine().getErr());
            }
            Path file = history != null ? history
                    : Path.of(System.getProperty("user.home"), ".symp_history");
            return ReplConsole.interactive(session, file);
        }
    }
}
