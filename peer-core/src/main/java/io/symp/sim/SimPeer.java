package io.symp.sim;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.StateView;
import io.symp.peer.Link;
import io.symp.peer.Peer;
import io.symp.peer.PeerConfig;
import io.symp.peer.PeerListener;
import java.util.ArrayList;
import java.util.List;

/**
 * One peer's place in a simulation. Each time it comes online it runs a new {@link Peer} (a
 * restarted process, with a new origin for its events), ticking at that peer's own tick
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
    private boolean returned;
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

    int incarnation() {
        return incarnation;
    }

    boolean isLinkedTo(long other) {
        return openLinks.stream().anyMatch(l -> l.peerId() == other);
    }

    /** Starts a new run of this peer (its first, or a return after churn). */
    void start() {
        incarnation++;
        returned = false;
        long origin = incarnation == 0 ? id : mix(id, incarnation);
        PeerConfig config = sim.peerConfig(id, incarnation).withOrigin(origin);
        peer = new Peer(config, Apps.builtIn().create(sim.config().app()), sim.scheduler().clock());
        sim.observer().started(id, incarnation, peer);
        peer.addListener(new Listener(incarnation));
        recoveringSince = -1;
        emitCallsNetworkNanos.clear();
        scheduleAdvance(incarnation);
        sim.network().connect(this);
    }

    /** Stops this run: its links close and its state is gone. */
    void stop() {
        sim.network().disconnect(this);
        sim.observer().stopped(id, incarnation, peer);
        peer = null;
        recoveringSince = -1;
    }

    void emit(int type, long[] args) {
        emitCallsNetworkNanos.add(peer.clockSync().networkNanos(sim.scheduler().now()));
        peer.emit(type, args);
    }

    void linkUp(SimLink link) {
        openLinks.add(link);
        if (incarnation > 0 && !returned) {
            // Recovery is timed from the first link a returning peer gets: before that it has
            // nobody to recover from (its neighbours may all be offline).
            returned = true;
            recoveringSince = sim.scheduler().now();
        }
        peer.linkUp(link);
    }

    void linkClosed(SimLink link, String reason) {
        openLinks.remove(link);
        if (peer != null) {
            peer.linkDown(link, reason);
        }
    }

    long recoveringSince() {
        return recoveringSince;
    }

    void recovered() {
        recoveringSince = -1;
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
