package io.symp.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * Peers and the links between them, with the graph measures the paper reports (diameter and
 * average shortest-path hops). Immutable; peers keep their file order.
 */
public final class Topology {
    private final String name;
    private final List<PeerSpec> peers;
    private final List<LinkSpec> links;
    private final TreeMap<Long, List<Long>> neighbours = new TreeMap<>();
    private GraphMeasures measures;

    public Topology(String name, List<PeerSpec> peers, List<LinkSpec> links) {
        this.name = name;
        this.peers = List.copyOf(peers);
        this.links = List.copyOf(links);
        for (PeerSpec p : peers) {
            neighbours.put(p.id(), new ArrayList<>());
        }
        for (LinkSpec l : links) {
            neighbours.get(l.a()).add(l.b());
            neighbours.get(l.b()).add(l.a());
        }
        neighbours.values().forEach(Collections::sort);
    }

    public String name() {
        return name;
    }

    public List<PeerSpec> peers() {
        return peers;
    }

    public List<LinkSpec> links() {
        return links;
    }

    public PeerSpec peer(long id) {
        return peers.stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new TopologyException(name, "no peer " + id));
    }

    /** The ids of {@code id}'s neighbours, ascending. */
    public List<Long> neighbours(long id) {
        List<Long> n = neighbours.get(id);
        if (n == null) {
            throw new TopologyException(name, "no peer " + id);
        }
        return Collections.unmodifiableList(n);
    }

    /** Computed on first use (O(peers × links)): running a peer does not need them. */
    public synchronized GraphMeasures measures() {
        if (measures == null) {
            measures = GraphMeasures.of(this);
        }
        return measures;
    }

    /** The topology written in the file format, as {@link TopologyParser} reads it. */
    public String toText() {
        StringBuilder out = new StringBuilder("# " + name + ": " + peers.size() + " peers, ")
                .append(links.size()).append(" links\n");
        peers.forEach(p -> out.append("peer ").append(p).append('\n'));
        for (LinkSpec l : links) {
            out.append("link ").append(l.a()).append(' ').append(l.b());
            if (l.latencyMs() != null) {
                out.append(" latency=").append(Durations.formatMs(l.latencyMs()));
            }
            if (l.jitterMs() != null) {
                out.append(" jitter=").append(Durations.formatMs(l.jitterMs()));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
