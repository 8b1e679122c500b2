package io.symp.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated network: which peers are neighbours, with what latency, and the traffic sent.
 * Connecting takes one round trip (the handshake); both peers must still be online then.
 */
final class SimNetwork {
    private final Scheduler scheduler;
    private final SplittableRandom random;
    private final boolean orderedLinks;
    private long messages;
    private long bytes;

    SimNetwork(Scheduler scheduler, SplittableRandom random, boolean orderedLinks) {
        this.scheduler = scheduler;
        this.random = random;
        this.orderedLinks = orderedLinks;
    }

    /** Whether links deliver in order (TCP) or let messages overtake (UDP, several paths). */
    boolean orderedLinks() {
        return orderedLinks;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    SplittableRandom random() {
        return random;
    }

    void counted(int frameBytes) {
        messages++;
        bytes += frameBytes;
    }

    long messages() {
        return messages;
    }

    long bytes() {
        return bytes;
    }

    /** Dials every online neighbour of {@code p}; links come up after a handshake round trip. */
    void connect(SimPeer p) {
        for (SimPeer.Neighbour n : p.neighbours()) {
            SimPeer other = n.peer();
            if (!other.isOnline()) {
                continue;
            }
            int incarnationA = p.incarnation();
            int incarnationB = other.incarnation();
            long handshake = n.latency().sampleNanos(random) + n.latency().sampleNanos(random);
            scheduler.after(handshake, () -> {
                if (p.isOnline() && other.isOnline() && p.incarnation() == incarnationA
                        && other.incarnation() == incarnationB && !p.isLinkedTo(other.id())) {
                    SimLink[] ends = SimLink.pair(this, p, other, n.latency());
                    p.linkUp(ends[0]);
                    other.linkUp(ends[1]);
                }
            });
        }
    }

    /** Closes every link of {@code p}. */
    void disconnect(SimPeer p) {
        List<SimLink> open = new ArrayList<>(p.openLinks());
        for (SimLink l : open) {
            l.close("peer " + p.id() + " went offline");
        }
    }
}
