package io.symp.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.app.Apps;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReplCompleterTest {
    private static ReplSession session;

    @BeforeAll
    static void start() {
        NetworkPeer peer = new NetworkPeer(PeerConfig.defaults(1), Apps.builtIn().create("doc"),
                new TransportConfig("test", null, 0, 0, 1));
        peer.start("127.0.0.1", 0);
        session = new ReplSession(peer);
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        new ReplCompleter(session).complete(null, new DefaultParser().parse(line, line.length()),
                candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void shouldCompleteCommandsThenEventNames() {
        assertEquals(List.of("emit", "help", "link", "links", "peers", "quit", "record", "sleep",
                "snapshots", "state", "stats", "sync-test", "timeline", "unlink"), complete(""));
        assertEquals(List.of("start", "stop"), complete("record "));
        assertEquals(List.of("insert", "delete"), complete("emit "));
        assertEquals(List.of("on", "off"), complete("sync-test "));
        assertEquals(List.of(), complete("unlink "));
        assertEquals(List.of(), complete("emit insert "));
    }
}
