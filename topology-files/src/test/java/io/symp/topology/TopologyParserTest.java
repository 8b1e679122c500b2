package io.symp.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyParserTest {
    @Test
    void shouldReadPeersAddressesLinksAndLinkLatencies() {
        Topology t = TopologyParser.parse("t.topo", "t", """
                # two peers
                peer 0 127.0.0.1:7000
                peer 7   # no address
                link 0 7 latency=50ms jitter=1.5s
                """);
        assertEquals(List.of(new PeerSpec(0, "127.0.0.1", 7000), new PeerSpec(7, null, 0)),
                t.peers());
        assertEquals(List.of(new LinkSpec(0, 7, 50.0, 1500.0)), t.links());
        assertEquals(List.of(0L), t.neighbours(7));
    }

    @Test
    void shouldListEveryErrorWithFileAndLine() {
        TopologyException e = assertThrows(TopologyException.class,
                () -> TopologyParser.parse("bad.topo", "bad", """
                peer 0
                peer 0
                peer x
                peer 1 localhost:99999
                link 0 2
                link 0 0
                link 0 1
                link 1 0
                link 0 1 latency=fast
                node 3
                """));
        assertEquals(List.of(
                "bad.topo:2: duplicate peer 0",
                "bad.topo:3: bad peer id 'x' (expected a non-negative integer)",
                "bad.topo:4: bad address 'localhost:99999' (expected HOST:PORT, port 1-65535)",
                "bad.topo:5: unknown peer 2 in link (declare it with 'peer 2' first)",
                "bad.topo:6: link from peer 0 to itself",
                "bad.topo:7: unknown peer 1 in link (declare it with 'peer 1' first)",
                "bad.topo:8: unknown peer 1 in link (declare it with 'peer 1' first)",
                "bad.topo:9: unknown peer 1 in link (declare it with 'peer 1' first)",
                "bad.topo:9: bad duration 'fast' (e.g. 50ms, 1.5s, 250us)",
                "bad.topo:10: unknown keyword 'node' (expected peer or link)"), e.errors());
    }

    @Test
    void shouldRefuseDuplicateLinksInEitherDirection() {
        TopologyException e = assertThrows(TopologyException.class,
                () -> TopologyParser.parse("d.topo", "d", "peer 0\npeer 1\nlink 0 1\nlink 1 0\n"));
        assertEquals(List.of("d.topo:4: duplicate link 1 0"), e.errors());
        assertEquals(new TopologyError("d.topo", 4, "duplicate link 1 0"), e.problems().get(0));
        assertEquals("d.topo", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void shouldRoundTripThroughItsText() {
        Topology t = Topologies.resolve("paper-21");
        Topology again = TopologyParser.parse("x", "paper-21", t.toText());
        assertEquals(t.links(), again.links());
        assertEquals(t.peers(), again.peers());
    }
}
