package io.symp.cli.repl;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.EventArgs;
import io.symp.app.EventType;
import io.symp.cli.Durations;
import io.symp.peer.Link;
import io.symp.peer.Peer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The commands of the REPL, one picocli method each. A new instance parses every line (picocli
 * keeps option values in command objects). Every access to the peer goes through its thread.
 */
@Command(name = "", subcommands = HelpCommand.class,
        description = "Commands of the symp REPL (Tab completes commands, events, peer ids and files).")
final class ReplCommands {
    /** Most events {@code timeline} prints. */
    static final int TIMELINE_LINES = 200;

    private final ReplSession session;
    @Spec CommandSpec spec;

    ReplCommands(ReplSession session) {
        this.session = session;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private <T> T onPeer(Callable<T> task) {
        return session.peer().call(task);
    }

    private Peer peer() {
        return session.peer().peer();
    }

    @Command(name = "emit", description = {"Emit an application event from this peer.",
        "Text: a word or \"in quotes\" with \\\" \\\\ \\n \\t \\uXXXX escapes; bytes: 0x0aff."})
    void emit(@Parameters(index = "0", paramLabel = "EVENT") String name,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "ARGS") List<String> args) {
        AppInfo info = peer().appInfo();
        EventType type = info.eventType(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown event '" + name + "' (events: " + eventNames(info) + ")"));
        List<String> given = args == null ? List.of() : args;
        if (given.size() != type.args().size()) {
            throw new IllegalArgumentException("usage: emit " + type.usage().strip());
        }
        EventArgs.Builder parsed = EventArgs.builder();
        for (int i = 0; i < given.size(); i++) {
            Arg arg = type.args().get(i);
            try {
                arg.kind().parseInto(parsed, given.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("argument " + arg.name() + ": " + e.getMessage());
            }
        }
        EventArgs values = parsed.build();
        for (int i = 0; i < given.size(); i++) {
            String problem = type.args().get(i).problem(values, i);
            if (problem != null) {
                throw new IllegalArgumentException("argument " + problem);
            }
        }
        long pending = onPeer(() -> {
            peer().emit(type.code(), values);
            return (long) peer().pendingEmits();
        });
        out().println("emitted " + name + (pending > 0 ? " (held until the clock is synced)" : ""));
    }

    static String eventNames(AppInfo info) {
        List<String> names = new ArrayList<>();
        info.eventTypes().forEach(t -> names.add(t.name()));
        return String.join(", ", names);
    }

    @Command(name = "state", description = "The decoded state and its hash, now or at a past TICK.")
    void state(@Parameters(index = "0", arity = "0..1", paramLabel = "TICK") Long tick) {
        String line = onPeer(() -> PeerViews.state(peer(), tick));
        if (line == null) {
            long oldest = onPeer(() -> peer().oldestTick());
            long now = onPeer(() -> peer().tick());
            throw new IllegalArgumentException("tick " + tick
                    + " is out of reach (snapshots reach back to " + oldest + ", now " + now + ")");
        }
        out().println(line);
    }

    @Command(name = "snapshots", description = "Ticks held in the snapshot ring, interval, reach.")
    void snapshots() {
        out().println(onPeer(() -> PeerViews.snapshots(peer())));
    }

    @Command(name = "timeline",
            description = "Events held: origin, seq, tick, args, and whether applied late.")
    void timeline(@Parameters(index = "0", arity = "0..1", paramLabel = "FROM") Long from,
            @Parameters(index = "1", arity = "0..1", paramLabel = "TO") Long to) {
        List<String> lines = onPeer(() -> PeerViews.timeline(peer(), session.late(),
                from == null ? 0 : from, to == null ? Long.MAX_VALUE - 1 : to));
        int skip = Math.max(0, lines.size() - TIMELINE_LINES);
        if (skip > 0) {
            out().println("... " + skip + " earlier events (narrow with FROM TO)");
        }
        lines.subList(skip, lines.size()).forEach(out()::println);
        out().println(lines.size() + " events");
    }

    @Command(name = "stats",
            description = "Ticks, pace, events, rollbacks, ticks travelled, Δ and bytes on the wire.")
    void stats() {
        double seconds = (System.nanoTime() - session.startNanos()) / 1e9;
        out().println(onPeer(() -> PeerViews.stats(peer(), seconds)) + "; "
                + PeerViews.traffic(session.peer().traffic()));
    }

    @Command(name = "record", description = {"Record this peer's timeline to a new log FILE"
            + " (record start FILE), stop and flush it (record stop), or show which (record).",
        "The log starts as far back as a late event can reach; 'symp replay FILE' re-runs it."})
    void record(@Parameters(index = "0", arity = "0..1", paramLabel = "start|stop") String action,
            @Parameters(index = "1", arity = "0..1", paramLabel = "FILE") java.nio.file.Path file) {
        ReplRecording recording = session.recording();
        if (action == null) {
            out().println(recording.status());
        } else if (action.equals("start") && file != null) {
            out().println(recording.start(file));
        } else if (action.equals("stop") && file == null) {
            out().println(recording.stop());
        } else {
            throw new IllegalArgumentException("usage: record start FILE | record stop | record");
        }
    }

    @Command(name = "peers", description = "This peer's id and its neighbours' ids.")
    void peers() {
        List<Long> ids = onPeer(() -> {
            List<Long> result = new ArrayList<>();
            peer().links().forEach(l -> result.add(l.peerId()));
            return result;
        });
        out().println("self " + Long.toUnsignedString(session.peer().id()));
        ids.forEach(id -> out().println("peer " + Long.toUnsignedString(id)));
    }

    @Command(name = "links", description = "Live links: neighbour id and address.")
    void links() {
        List<String> lines = onPeer(() -> {
            List<String> result = new ArrayList<>();
            for (Link l : peer().links()) {
                result.add(Long.toUnsignedString(l.peerId()) + " " + l.describe());
            }
            return result;
        });
        lines.forEach(out()::println);
        out().println(lines.size() + " links");
    }

    @Command(name = "link", description = "Dial a neighbour (and again whenever the link drops).")
    void link(@Parameters(paramLabel = "HOST:PORT") String address) {
        int colon = address.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (colon <= 0 || port < 1 || port > 65535) {
            throw new IllegalArgumentException(
                    "bad address '" + address + "' (expected HOST:PORT)");
        }
        session.peer().join(address.substring(0, colon), port);
        out().println("dialling " + address);
    }

    @Command(name = "unlink",
            description = "Close the link to neighbour ID (a dialled one is dialled again).")
    void unlink(@Parameters(paramLabel = "ID") String id) {
        long wanted;
        try {
            wanted = Long.parseUnsignedLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad peer id '" + id + "'");
        }
        boolean found = onPeer(() -> {
            for (Link l : List.copyOf(peer().links())) {
                if (l.peerId() == wanted) {
                    l.close("unlinked from the REPL");
                    return true;
                }
            }
            return false;
        });
        if (!found) {
            throw new IllegalArgumentException("no link to peer " + id + " (see 'links')");
        }
        out().println("closed link to " + id);
    }

    @Command(name = "sync-test", description = "Turn the determinism check on or off (live).")
    void syncTest(@Parameters(index = "0", paramLabel = "on|off") String mode,
            @Parameters(index = "1", arity = "0..1", paramLabel = "DEPTH", defaultValue = "8")
            int depth) {
        if (!mode.equals("on") && !mode.equals("off")) {
            throw new IllegalArgumentException("sync-test takes 'on' or 'off', got '" + mode + "'");
        }
        onPeer(() -> {
            peer().syncTest(mode.equals("on") ? depth : 0);
            return null;
        });
        out().println("sync-test " + mode);
    }

    @Command(name = "sleep", description = "Let real time pass (e.g. 2s, 500ms), for scripts.")
    void sleep(@Parameters(paramLabel = "DURATION", converter = Durations.class) long nanos)
            throws InterruptedException {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    @Command(name = "quit", description = "Shut the peer down and leave (Ctrl-D does the same).")
    void quit() {
        session.requestQuit();
    }
}
