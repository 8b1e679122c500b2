package io.symp.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded random connected graph: a random spanning tree (each new peer joins a random earlier
 * one), then random extra links until the mean degree is reached. The same seed gives the same
 * graph.
 */
final class RandomTopology {
    private RandomTopology() {}

    static Topology of(String name, int n, double meanDegree, SplittableRandom random) {
        long linksWanted = Math.round(meanDegree * n / 2);
        long linksMax = (long) n * (n - 1) / 2;
        if (meanDegree < 2.0 * (n - 1) / n - 1e-9 || linksWanted > linksMax) {
            String tree = String.format(Locale.ROOT, "%.2f", 2.0 * (n - 1) / n);
            throw new TopologyException(name,
                    "mean degree must be between " + tree + " (a tree) and " + (n - 1));
        }
        List<PeerSpec> peers = new ArrayList<>();
        List<LinkSpec> links = new ArrayList<>();
        boolean[][] linked = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            peers.add(new PeerSpec(i, null, 0));
            if (i > 0) {
                add(links, linked, random.nextInt(i), i);
            }
        }
        while (links.size() < linksWanted) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && !linked[a][b]) {
                add(links, linked, Math.min(a, b), Math.max(a, b));
            }
        }
        return new Topology(name, peers, links);
    }

    private static void add(List<LinkSpec> links, boolean[][] linked, int a, int b) {
        linked[a][b] = true;
        linked[b][a] = true;
        links.add(new LinkSpec(a, b));
    }
}
