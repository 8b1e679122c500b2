package io.symp.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the topology format (docs/TOPOLOGY-FORMAT.md):
 *
 * <pre>
 * # comment
 * peer 0 127.0.0.1:7000
 * peer 1
 * link 0 1 latency=50ms jitter=10ms
 * </pre>
 *
 * Every error is collected, each naming the source and line, so {@code symp topo check} can list
 * them all at once.
 */
public final class TopologyParser {
    private final String source;
    private final List<TopologyError> errors = new ArrayList<>();
    private final Map<Long, PeerSpec> peers = new LinkedHashMap<>();
    private final List<LinkSpec> links = new ArrayList<>();

    private TopologyParser(String source) {
        this.source = source;
    }

    /**
     * Parses {@code text}; {@code source} names it in errors (a file name).
     *
     * @throws TopologyException listing every error found
     */
    public static Topology parse(String source, String name, String text) {
        TopologyParser p = new TopologyParser(source);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            p.line(i + 1, lines[i]);
        }
        if (p.peers.isEmpty() && p.errors.isEmpty()) {
            p.errors.add(TopologyError.of(source, "no peers"));
        }
        if (!p.errors.isEmpty()) {
            throw new TopologyException(p.errors);
        }
        return new Topology(name, new ArrayList<>(p.peers.values()), p.links);
    }

    private void line(int number, String raw) {
        String line = raw.replaceFirst("#.*", "").trim();
        if (line.isEmpty()) {
            return;
        }
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "peer" -> peer(number, words);
            case "link" -> link(number, words);
            default -> error(number, "unknown keyword '" + words[0] + "' (expected peer or link)");
        }
    }

    private void peer(int number, String[] words) {
        if (words.length < 2 || words.length > 3) {
            error(number, "expected 'peer ID [HOST:PORT]'");
            return;
        }
        Long id = id(number, words[1]);
        if (id == null) {
            return;
        }
        String host = null;
        int port = 0;
        if (words.length == 3) {
            int colon = words[2].lastIndexOf(':');
            Integer parsedPort = colon > 0 ? port(words[2].substring(colon + 1)) : null;
            if (parsedPort == null) {
                error(number, "bad address '" + words[2] + "' (expected HOST:PORT, port 1-65535)");
                return;
            }
            host = words[2].substring(0, colon);
            port = parsedPort;
        }
        if (peers.containsKey(id)) {
            error(number, "duplicate peer " + id);
            return;
        }
        peers.put(id, new PeerSpec(id, host, port));
    }

    private void link(int number, String[] words) {
        if (words.length < 3) {
            error(number, "expected 'link A B [latency=DURATION] [jitter=DURATION]'");
            return;
        }
        Long a = id(number, words[1]);
        Long b = id(number, words[2]);
        if (a == null || b == null) {
            return;
        }
        boolean known = true;
        for (long id : new long[] {a, b}) {
            if (!peers.containsKey(id)) {
                error(number, "unknown peer " + id
                        + " in link (declare it with 'peer " + id + "' first)");
                known = false;
            }
        }
        if (a.equals(b)) {
            error(number, "link from peer " + a + " to itself");
            return;
        }
        if (links.stream().anyMatch(l -> l.joins(a, b))) {
            error(number, "duplicate link " + a + " " + b);
            return;
        }
        Double latency = null;
        Double jitter = null;
        for (int i = 3; i < words.length; i++) {
            String[] kv = words[i].split("=", 2);
            Double ms = kv.length == 2 ? Durations.parseMs(kv[1]) : null;
            if (kv.length != 2 || !(kv[0].equals("latency") || kv[0].equals("jitter"))) {
                error(number, "unknown link attribute '" + words[i]
                        + "' (expected latency= or jitter=)");
            } else if (ms == null) {
                error(number, "bad duration '" + kv[1] + "' (e.g. 50ms, 1.5s, 250us)");
            } else if (kv[0].equals("latency")) {
                latency = ms;
            } else {
                jitter = ms;
            }
        }
        if (known) {
            links.add(new LinkSpec(a, b, latency, jitter));
        }
    }

    private Long id(int number, String word) {
        try {
            long id = Long.parseLong(word);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Reported below, like a negative id.
        }
        error(number, "bad peer id '" + word + "' (expected a non-negative integer)");
        return null;
    }

    private static Integer port(String text) {
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void error(int number, String message) {
        errors.add(new TopologyError(source, number, message));
    }
}
