package io.symp.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated network: which peers are neighbours, with what latency, the traffic sent, and
 * the faults of its links (see {@link SimFaults}). Connecting takes one round trip (the
 * handshake); both peers must still be online, and no partition between them, then. A link
 * that goes down while both its peers stay up (a reset, a partition, a stuck reader) is dialled
 * again by its lower-index peer as the TCP transport does: after 100 ms, doubling on every
 * failed attempt up to 5 s. Faults stop at {@code faultsEndNanos}, when the liveness phase
 * begins: cuts end, resets stop, slow readers catch up.
 */
final class SimNetwork {
    // The TCP transport's timers (Limits), so that simulated links fail and redial as real ones do.
    static final long SILENT_LINK_NANOS = io.symp.peer.Limits.SILENT_LINK_SECONDS * 1_000_000_000L;
    private static final long BACKOFF_MIN_NANOS = io.symp.peer.Limits.REDIAL_BACKOFF_MIN_MS * 1_000_000L;
    private static final long BACKOFF_MAX_NANOS = io.symp.peer.Limits.REDIAL_BACKOFF_MAX_MS * 1_000_000L;

    private final Scheduler scheduler;
    private final SplittableRandom random;
    private final SplittableRandom resets;
    private final boolean orderedLinks;
    private final SimFaults faults;
    private final long faultsEndNanos;
    private final List<SimLink> allLinks = new ArrayList<>();
    private long messages;
    private long bytes;
    private long linkResets;
    private long linkOverflows;
    private long refusedFrames;

    SimNetwork(Scheduler scheduler, SplittableRandom random, boolean orderedLinks, SimFaults faults,
               long faultsEndNanos, SplittableRandom resets) {
        this.scheduler = scheduler;
        this.random = random;
        this.orderedLinks = orderedLinks;
        this.faults = faults;
        this.faultsEndNanos = faultsEndNanos;
        this.resets = resets;
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

    SimFaults faults() {
        return faults;
    }

    boolean faulty() {
        return scheduler.now() < faultsEndNanos;
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

    long linkResets() {
        return linkResets;
    }

    long linkOverflows() {
        return linkOverflows;
    }

    long refusedFrames() {
        return refusedFrames;
    }

    void refusedFrame() {
        refusedFrames++;
    }

    /** Schedules the partitions' starts, silences and ends. */
    void schedulePartitions() {
        for (PartitionSpec p : faults.partitions()) {
            if (p.startNanos() >= faultsEndNanos) {
                continue;
            }
            scheduler.at(p.startNanos() + SILENT_LINK_NANOS, this::closeSilentLinks);
            scheduler.at(Math.min(p.endNanos(), faultsEndNanos), this::cutsMayHaveEnded);
        }
        scheduler.at(faultsEndNanos, this::cutsMayHaveEnded);
    }

    /** Whether a partition separates {@code a} from {@code b} now. */
    boolean isCut(SimPeer a, SimPeer b) {
        if (!faulty()) {
            return false;
        }
        long now = scheduler.now();
        for (PartitionSpec p : faults.partitions()) {
            if (p.startNanos() <= now && now < p.endNanos() && p.groupOf(a.index()) != p.groupOf(b.index())) {
                return true;
            }
        }
        return false;
    }

    /** Bytes per second {@code p} reads from each link while faults last; 0: at once. */
    long readRate(SimPeer p) {
        if (!faulty()) {
            return 0;
        }
        for (SimFaults.SlowReader s : faults.slowReaders()) {
            if (s.peerIndexes().contains(p.index())) {
                return s.bytesPerSecond();
            }
        }
        return 0;
    }

    private void closeSilentLinks() {
        for (SimLink l : openLinksSnapshot()) {
            if (l.isOpen() && isCut(l.owner(), l.remote())) {
                down(l, "silent for " + SILENT_LINK_NANOS / 1_000_000_000L + " s (partitioned)");
            }
        }
    }

    private void cutsMayHaveEnded() {
        for (SimLink l : openLinksSnapshot()) {
            l.cutEnded();
        }
    }

    private List<SimLink> openLinksSnapshot() {
        allLinks.removeIf(l -> !l.isOpen());
        return new ArrayList<>(allLinks);
    }

    /** {@code from}'s peer has sent more than the reader at the other end can hold. */
    void overflowed(SimLink from, long unread) {
        linkOverflows++;
        down(from, "peer " + from.remote().id() + " reads too slowly (" + unread + " bytes unread)");
    }

    /** Dials every online neighbour of {@code p}; links come up after a handshake round trip. */
    void connect(SimPeer p) {
        for (SimPeer.Neighbour n : p.neighbours()) {
            if (n.peer().isOnline()) {
                dial(p, n, -1);
            }
        }
    }

    /**
     * One attempt by {@code p} to reach {@code n}; {@code backoffNanos} >= 0: on failure, try
     * again after it (doubled next time), as a dialler whose link dropped does.
     */
    private void dial(SimPeer p, SimPeer.Neighbour n, long backoffNanos) {
        SimPeer other = n.peer();
        int incarnationA = p.incarnation();
        int incarnationB = other.incarnation();
        long handshake = n.latency().sampleNanos(random) + n.latency().sampleNanos(random);
        scheduler.after(handshake, () -> {
            if (!p.isOnline() || p.incarnation() != incarnationA || p.isLinkedTo(other)) {
                return;
            }
            boolean cut = isCut(p, other);
            if (other.isOnline() && other.incarnation() == incarnationB && !cut) {
                SimLink[] ends = SimLink.pair(this, p, other, n.latency());
                if (allLinks.size() > 4096) {
                    allLinks.removeIf(l -> !l.isOpen());
                }
                allLinks.add(ends[0]);
                allLinks.add(ends[1]);
                p.linkUp(ends[0]);
                other.linkUp(ends[1]);
                scheduleReset(ends[0]);
            } else if (backoffNanos >= 0 || cut) {
                // A peer that went offline dials us when it is back; one behind a partition is
                // dialled again and again, as the transport's dialler does, until the cut ends.
                redial(p, n, backoffNanos < 0 ? BACKOFF_MIN_NANOS : Math.min(BACKOFF_MAX_NANOS, backoffNanos * 2));
            }
        });
    }

    private void redial(SimPeer p, SimPeer.Neighbour n, long backoffNanos) {
        int incarnation = p.incarnation();
        scheduler.after(backoffNanos, () -> {
            if (p.isOnline() && p.incarnation() == incarnation && !p.isLinkedTo(n.peer())) {
                dial(p, n, backoffNanos);
            }
        });
    }

    private void scheduleReset(SimLink l) {
        if (faults.linkResetSeconds() <= 0 || !faulty()) {
            return;
        }
        long after = Math.max(1, (long) (-Math.log(1 - resets.nextDouble()) * faults.linkResetSeconds() * 1e9));
        scheduler.after(after, () -> {
            if (l.isOpen() && faulty()) {
                linkResets++;
                down(l, "connection reset");
            }
        });
    }

    /** Closes a link both of whose peers stay up; its lower-index peer dials again. */
    private void down(SimLink l, String reason) {
        l.close(reason);
        SimPeer a = l.owner().index() < l.remote().index() ? l.owner() : l.remote();
        SimPeer b = a == l.owner() ? l.remote() : l.owner();
        for (SimPeer.Neighbour n : a.neighbours()) {
            if (n.peer() == b && a.isOnline()) {
                redial(a, n, BACKOFF_MIN_NANOS);
                return;
            }
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
