package io.symp.topology;

import java.util.ArrayDeque;
import java.util.List;
import java.util.TreeMap;

/**
 * Breadth-first measures of a topology: degree range, connectedness, diameter (with a pair of
 * peers that realises it) and the average shortest-path hops over all ordered pairs of distinct
 * peers (the paper's 21 peers: 5.03 hops, diameter 14).
 */
public record GraphMeasures(int degreeMin, int degreeMax, boolean connected, int diameter,
                            long diameterFrom, long diameterTo, double averageHops) {

    static GraphMeasures of(Topology t) {
        List<PeerSpec> peers = t.peers();
        if (peers.isEmpty()) {
            return new GraphMeasures(0, 0, true, 0, -1, -1, 0);
        }
        int degreeMin = Integer.MAX_VALUE;
        int degreeMax = 0;
        boolean connected = true;
        int diameter = 0;
        long from = peers.get(0).id();
        long to = from;
        long hopsTotal = 0;
        long pairs = 0;
        for (PeerSpec source : peers) {
            int degree = t.neighbours(source.id()).size();
            degreeMin = Math.min(degreeMin, degree);
            degreeMax = Math.max(degreeMax, degree);
            TreeMap<Long, Integer> distance = distancesFrom(t, source.id());
            connected &= distance.size() == peers.size();
            for (var e : distance.entrySet()) {
                if (e.getKey() != source.id()) {
                    hopsTotal += e.getValue();
                    pairs++;
                }
                if (e.getValue() > diameter) {
                    diameter = e.getValue();
                    from = source.id();
                    to = e.getKey();
                }
            }
        }
        double average = pairs == 0 ? 0 : (double) hopsTotal / pairs;
        return new GraphMeasures(degreeMin, degreeMax, connected, diameter, from, to, average);
    }

    /** Hops from {@code source} to every peer it can reach. */
    static TreeMap<Long, Integer> distancesFrom(Topology t, long source) {
        TreeMap<Long, Integer> distance = new TreeMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        distance.put(source, 0);
        queue.add(source);
        while (!queue.isEmpty()) {
            long at = queue.poll();
            for (long next : t.neighbours(at)) {
                if (!distance.containsKey(next)) {
                    distance.put(next, distance.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        return distance;
    }
}
