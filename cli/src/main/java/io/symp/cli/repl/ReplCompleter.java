package io.symp.cli.repl;

import io.symp.app.EventType;
import io.symp.peer.Link;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.builtins.Completers;
import picocli.CommandLine;

/**
 * Tab completion at the prompt: command names (taken from the picocli tree, so a new command is
 * completed as soon as it exists), then event names after {@code emit}, peer ids after
 * {@code unlink}, on/off after {@code sync-test}, start/stop and file names after {@code record}.
 */
final class ReplCompleter implements Completer {
    private final ReplSession session;
    private final List<String> commands;
    private final Completer files = new Completers.FileNameCompleter();

    ReplCompleter(ReplSession session) {
        this.session = session;
        this.commands = new CommandLine(new ReplCommands(session)).getSubcommands().keySet().stream()
                .sorted().toList();
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            commands.forEach(c -> candidates.add(new Candidate(c)));
            return;
        }
        if (line.wordIndex() == 2 && line.words().get(0).equals("record")
                && line.words().get(1).equals("start")) {
            files.complete(reader, line, candidates);
            return;
        }
        if (line.wordIndex() != 1) {
            return;
        }
        switch (line.words().get(0)) {
            case "emit" -> {
                for (EventType t : session.peer().peer().appInfo().eventTypes()) {
                    candidates.add(new Candidate(t.name(), t.name(), null, t.usage().strip(),
                            null, null, true));
                }
            }
            case "unlink" -> session.peer().call(() -> List.copyOf(session.peer().peer().links()))
                    .stream().map(Link::peerId)
                    .forEach(id -> candidates.add(new Candidate(Long.toUnsignedString(id))));
            case "sync-test" -> List.of("on", "off").forEach(c -> candidates.add(new Candidate(c)));
            case "record" -> List.of("start", "stop").forEach(c -> candidates.add(new Candidate(c)));
            case "help" -> commands.forEach(c -> candidates.add(new Candidate(c)));
            default -> { }
        }
    }
}
