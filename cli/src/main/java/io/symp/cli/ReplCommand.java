package io.symp.cli;

import io.symp.cli.repl.ReplConsole;
import io.symp.cli.repl.ReplSession;
import io.symp.core.UserError;
import io.symp.net.NetworkPeer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        description = {"Run a live peer and a prompt: emit events, look at the state now and in",
            "the past, watch rollbacks and links. Reads a script instead when stdin is not a",
            "terminal or with --script: each line is echoed with its result, and the exit code",
            "is 1 if any line failed."})
public final class ReplCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin PeerOptions options;

    @Option(names = "--listen", paramLabel = "[HOST:]PORT", defaultValue = "127.0.0.1:0",
            description = "Where to listen (default: ${DEFAULT-VALUE}, any free port).")
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
        if (script != null && !Files.isReadable(script)) {
            throw new UserError("script file not found or unreadable: " + script);
        }
        List<PeerOptions.HostPort> dial = new ArrayList<>();
        for (String j : joins) {
            dial.add(PeerOptions.hostPort(j, "127.0.0.1"));
        }
        PeerOptions.HostPort bind = PeerOptions.hostPort(listen, "127.0.0.1");
        PeerOptions.Identity identity = options.identity();
        long id = identity.id();
        NetworkPeer peer = new NetworkPeer(options.peerConfig(id, !dial.isEmpty()),
                options.createApp(), options.transportConfig(identity));
        int port = peer.start(bind.host(), bind.port());
        spec.commandLine().getErr().printf("symp repl: peer %s listening on %s:%d%n",
                Long.toUnsignedString(id), bind.host(), port);
        spec.commandLine().getErr().flush();
        dial.forEach(d -> peer.join(d.host(), d.port()));
        return run(spec, peer, script, history);
    }

    /**
     * Runs a REPL on {@code peer} (started) until quit, then closes the peer. Shared with
     * {@code symp peer --repl}.
     */
    static int run(CommandSpec spec, NetworkPeer peer, Path script, Path history)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ReplSession session = new ReplSession(peer)) {
            if (script != null) {
                try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
                    return ReplConsole.script(session, in, out);
                }
            }
            if (System.console() == null) {
                var in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
                return ReplConsole.script(session, new BufferedReader(in), out);
            }
            Path file = history != null ? history
                    : Path.of(System.getProperty("user.home"), ".symp_history");
            return ReplConsole.interactive(session, file);
        }
    }
}
