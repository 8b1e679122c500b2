package io.symp.cli.repl;

import io.symp.app.EventType;
import io.symp.peer.Link;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion at the prompt: command names first, then event names after {@code emit}, peer
 * ids after {@code unlink}, and on/off after {@code sync-test}.
 */
final class ReplCompleter implements Completer {
    static final List<String> COMMANDS = List.of("emit", "state", "snapshots", "timeline", "stats",
            "peers", "links", "link", "unlink", "sync-test", "sleep", "help", "quit");

    private final ReplSession session;

    ReplCompleter(ReplSession session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
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
            case "help" -> COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
            default -> { }
        }
    }
}
