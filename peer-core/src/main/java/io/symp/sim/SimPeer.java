package io.symp.sim;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.StateView;
import io.symp.peer.Link;
import io.symp.peer.Peer;
import io.symp.peer.PeerConfig;
import io.symp.peer.PeerListener;
import io.symp.peer.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * One peer's place in a simulation. Each time it comes online it runs a new {@link Peer} (a
 * restarted process, with a new origin for its events under our protocol, its fixed id under
 * the paper's), ticking at that peer's own tick
 * boundaries on the shared virtual clock; offline it runs nothing.
 */
final class SimPeer {
    record Neighbour(SimPeer peer, Latency latency) {}

    private final long id;
    private final Simulation sim;
    private final List<Neighbour> neighbours = new ArrayList<>();
    private final List<SimLink> openLinks = new ArrayList<>();
    private final java.util.ArrayDeque<Long> emitCallsNetworkNanos = new java.util.ArrayDeque<>();
    private Peer peer;
    private int incarnation = -1;
    private long recoveringSince = -1;
    private long returnedAt = -1;
    private boolean recovered;
    private int part = -1;
    private long floorGroupTick = -1;
    private long floorGroupMinEventTick = Long.MAX_VALUE;
    private long floorGroupNanos;

    SimPeer(long id, Simulation sim) {
        this.id = id;
        this.sim = sim;
    }

    long id() {
        return id;
    }

    Peer peer() {
        return peer;
    }

    List<Neighbour> neighbours() {
        return neighbours;
    }

    List<SimLink> openLinks() {
        return openLinks;
    }

    boolean isOnline() {
        return peer != null;
    }

    /** Which part of the network it is in (see {@link Partitions}); -1 offline. */
    int part() {
        return part;
    }

    void part(int newPart) {
        part = newPart;
    }

    int incarnation() {
        return incarnation;
    }

    boolean isLinkedTo(long other) {
        return openLinks.stream().anyMatch(l -> l.peerId() == other);
    }

    /** Starts a new run of this peer (its first, or a return after churn). */
    void start() {
        incarnation++;
        returnedAt = -1;
        recovered = false;
        // Ours takes a new origin per run; the reference's peers have fixed ids, which its
        // highest-tick dedup then holds against the restarted process's first events.
        boolean fixedIds = sim.config().protocol() == Protocol.PAPER;
        long origin = incarnation == 0 || fixedIds ? id : mix(id, incarnation);
        PeerConfig config = sim.peerConfig(id, incarnation).withOrigin(origin);
        peer = new Peer(config, Apps.builtIn().create(sim.config().app()), sim.scheduler().clock());
        var previous = sim.metrics().emittedEvents().get(origin);
        if (previous != null) {
            peer.resumeSeqAfter(previous.lastKey());
        }
        sim.observer().started(id, incarnation, peer);
        peer.addListener(new Listener(incarnation));
        recoveringSince = -1;
        emitCallsNetworkNanos.clear();
        scheduleAdvance(incarnation);
        sim.partitions().changed();
        sim.network().connect(this);
    }

    /** Stops this run: its links close and its state is gone. */
    void stop() {
        sim.network().disconnect(this);
        sim.observer().stopped(id, incarnation, peer);
        peer = null;
        recoveringSince = -1;
        sim.partitions().changed();
    }

    void emit(int type, long[] args) {
        emitCallsNetworkNanos.add(peer.clockSync().networkNanos(sim.scheduler().now()));
        if (!peer.offer(type, args)) {
            // Over the origin's rate limit with a full queue: refused at the source, not sent.
            emitCallsNetworkNanos.pollLast();
            sim.metrics().refused();
        }
    }

    void linkUp(SimLink link) {
        openLinks.add(link);
        sim.partitions().changed();
        if (incarnation > 0 && returnedAt < 0) {
            returnedAt = sim.scheduler().now();
        }
        peer.linkUp(link);
        checkRecoveryStart();
    }

    /**
     * Recovery is timed from the moment a returning peer is linked to a neighbour holding the
     * network's time: before that it has nobody to recover from (its neighbours may all be
     * offline, or restarted into a partition that does not hold the time either). Checked on
     * every link and every tick, so to within one tick.
     */
    void checkRecoveryStart() {
        if (returnedAt < 0 || recoveringSince >= 0 || recovered) {
            return;
        }
        for (SimLink l : openLinks) {
            if (l.remote().isOnline() && l.remote().peer().clockSync().synced()) {
                recoveringSince = sim.scheduler().now();
                return;
            }
        }
    }

    /** When this run first got a link, for a returning peer; -1 otherwise. */
    long returnedAt() {
        return returnedAt;
    }

    /** Whether this run is a returning peer that has not yet reached the network's tick. */
    boolean isRecovering() {
        return incarnation > 0 && !recovered;
    }

    void linkClosed(SimLink link, String reason) {
        openLinks.remove(link);
        sim.partitions().changed();
        if (peer != null) {
            peer.linkDown(link, reason);
        }
    }

    long recoveringSince() {
        return recoveringSince;
    }

    void recovered() {
        recoveringSince = -1;
        recovered = true;
    }

    long floorGroupTick() {
        return floorGroupTick;
    }

    long floorGroupMinEventTick() {
        return floorGroupMinEventTick;
    }

    long floorGroupNanos() {
        return floorGroupNanos;
    }

    void floorGroup(long tick, long minEventTick, long nanos) {
        floorGroupTick = tick;
        floorGroupMinEventTick = minEventTick;
        floorGroupNanos = nanos;
    }

    private void scheduleAdvance(int run) {
        sim.scheduler().at(peer.nextTickDueNanos(), () -> {
            if (peer != null && incarnation == run) {
                peer.advance();
                scheduleAdvance(run);
            }
        });
    }

    private static long mix(long id, long incarnation) {
        return io.symp.core.Mix.mix64(id * 0x9E3779B97F4A7C15L + incarnation);
    }

    /** Feeds the metrics from one run of this peer. */
    private final class Listener implements PeerListener {
        private final int run;

        Listener(int run) {
            this.run = run;
        }

        private boolean current() {
            return incarnation == run && peer != null;
        }

        @Override
        public void ticked(long tick, StateView state) {
            if (current()) {
                checkRecoveryStart();
                sim.metrics().ticked(SimPeer.this, tick, sim.scheduler().now());
            }
        }

        @Override
        public void travelled(long fromTick, long toTick, long snapshotTick) {
            sim.metrics().travelled(fromTick, toTick, sim.scheduler().now());
        }

        @Override
        public void eventAccepted(Event e, long atTick, boolean late) {
            if (!current()) {
                return;
            }
            if (e.origin() == peer.config().origin() && !emitCallsNetworkNanos.isEmpty()) {
                long called = emitCallsNetworkNanos.poll();
                sim.metrics().emitted(e, e.tick() * sim.config().tickNanos() - called, peer.deltaTicks(),
                        sim.scheduler().now());
            } else {
                sim.metrics().arrived(SimPeer.this, e, sim.scheduler().now());
            }
        }

        @Override
        public void eventRefused(Event e, String reason) {
            sim.metrics().refused();
        }
    }
}
