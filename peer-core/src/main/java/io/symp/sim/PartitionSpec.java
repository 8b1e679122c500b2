package io.symp.sim;

import java.util.List;

/**
 * A cut of the network into groups from {@code startNanos} for {@code lengthNanos}: links
 * between groups carry nothing, so they fall silent and close, and dialling across fails, until
 * the cut ends (or the run's faults stop). Peers are named by their index in topology order;
 * peers in no group form one more group together.
 */
public record PartitionSpec(List<List<Integer>> groups, long startNanos, long lengthNanos) {
    public PartitionSpec {
        groups = groups.stream().map(List::copyOf).toList();
        if (groups.isEmpty() || startNanos < 0 || lengthNanos <= 0) {
            throw new IllegalArgumentException("a partition needs a group, a start >= 0 and a length > 0");
        }
    }

    /** The group of the peer at {@code index}: its position in {@link #groups}, or -1 (the rest). */
    int groupOf(int index) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).contains(index)) {
                return g;
            }
        }
        return -1;
    }

    long endNanos() {
        return startNanos + lengthNanos;
    }
}
