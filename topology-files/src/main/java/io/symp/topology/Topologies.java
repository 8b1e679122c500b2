package io.symp.topology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topologies by name or file: {@code paper-21} (the paper's 21 peers and 31 links, shipped as a
 * file), generated families {@code line-N}, {@code ring-N}, {@code mesh-N}, {@code star-N}, a
 * seeded random connected graph {@code random-N-D[-sSEED]} (N peers, mean degree D), or a path.
 */
public final class Topologies {
    private static final Pattern FAMILY = Pattern.compile("(line|ring|mesh|star)-(\\d+)");
    private static final Pattern RANDOM =
            Pattern.compile("random-(\\d+)-(\\d+(?:\\.\\d+)?)(?:-s(\\d+))?");
    private static final int GENERATED_PEERS_MAX = 10_000;

    private Topologies() {}

    /** What {@link #resolve} accepts besides file paths. */
    public static List<String> shippedNames() {
        return List.of("paper-21", "line-N", "ring-N", "mesh-N", "star-N", "random-N-D[-sSEED]");
    }

    /**
     * The named topology, or the one in the file at {@code nameOrPath}.
     *
     * @throws TopologyException unknown name, unreadable file, or errors in it
     */
    public static Topology resolve(String nameOrPath) {
        if (nameOrPath.equals("paper-21")) {
            return shipped("paper-21");
        }
        Matcher family = FAMILY.matcher(nameOrPath);
        if (family.matches()) {
            return generated(nameOrPath, family.group(1), count(nameOrPath, family.group(2)));
        }
        Matcher random = RANDOM.matcher(nameOrPath);
        if (random.matches()) {
            long seed = random.group(3) == null ? 1 : Long.parseLong(random.group(3));
            return RandomTopology.of(nameOrPath, count(nameOrPath, random.group(1)),
                    Double.parseDouble(random.group(2)), new SplittableRandom(seed));
        }
        Path path = Path.of(nameOrPath);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String name = path.getFileName().toString().replaceFirst("\\.topo$", "");
            return TopologyParser.parse(nameOrPath, name, text);
        } catch (NoSuchFileException e) {
            throw new TopologyException(nameOrPath, "no such file or shipped name (shipped: "
                    + String.join(", ", shippedNames()) + ")");
        } catch (IOException e) {
            throw new TopologyException(nameOrPath, "cannot read: " + e.getMessage());
        }
    }

    private static int count(String name, String digits) {
        int n;
        try {
            n = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 2 || n > GENERATED_PEERS_MAX) {
            throw new TopologyException(name, "N must be 2.." + GENERATED_PEERS_MAX);
        }
        return n;
    }

    private static Topology shipped(String name) {
        String resource = "/topologies/" + name + ".topo";
        try (InputStream in = Topologies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TopologyException(name, "shipped topology missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TopologyParser.parse(name + ".topo", name, text);
        } catch (IOException e) {
            throw new TopologyException(name, "shipped topology unreadable: " + e.getMessage());
        }
    }

    private static Topology generated(String name, String family, int n) {
        List<PeerSpec> peers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            peers.add(new PeerSpec(i, null, 0));
        }
        List<LinkSpec> links = new ArrayList<>();
        switch (family) {
            case "line", "ring" -> {
                for (int i = 0; i + 1 < n; i++) {
                    links.add(new LinkSpec(i, i + 1));
                }
                if (family.equals("ring") && n > 2) {
                    links.add(new LinkSpec(n - 1, 0));
                }
            }
            case "star" -> {
                for (int i = 1; i < n; i++) {
                    links.add(new LinkSpec(0, i));
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        links.add(new LinkSpec(i, j));
                    }
                }
            }
        }
        return new Topology(name, peers, links);
    }
}
