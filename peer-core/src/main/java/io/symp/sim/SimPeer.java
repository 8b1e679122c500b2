package io.symp.sim;

import io.symp.check.NonDeterminism;
import io.symp.app.Event;
import io.symp.app.StateView;
import io.symp.clock.DriftingClock;
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
 * boundaries on its own machine's clock (its offset and drift over the shared virtual time);
 * offline it runs nothing.
 */
final class SimPeer {
    record Neighbour(SimPeer peer, Latency latency) {}

    private final long id;
    private final int index;
    private final Simulation sim;
    private final DriftingClock clock;
    private final List<Neighbour> neighbours = new ArrayList<>();
    private final List<SimLink> openLinks = new ArrayList<>();
    private final java.util.ArrayDeque<Long> emitCallsNetworkNanos = new java.util.ArrayDeque<>();
    private Peer peer;
    private NonDeterminism found;
    private boolean stopping;
    /** Inside a call where the peer stamps its own events (emit, advance), not a neighbour's. */
    private boolean ownCall;
    private static final long STALE_WAKE_NANOS = 1_000_000_000L;
    private long wakes;
    private long wakeAtNanos;
    private int incarnation = -1;
    private long recoveringSince = -1;
    private long returnedAt = -1;
    private boolean recovered;
    private int part = -1;
    private long floorGroupTick = -1;
    private long floorGroupMinEventTick = Long.MAX_VALUE;
    private long floorGroupNanos;

    SimPeer(long id, int index, Simulation sim, DriftingClock clock) {
        this.id = id;
        this.index = index;
        this.sim = sim;
        this.clock = clock;
    }

    /** This peer's machine clock, kept across its restarts. */
    DriftingClock clock() {
        return clock;
    }

    long id() {
        return id;
    }

    /** Its position in topology order (how {@code --partition} and slow readers name it). */
    int index() {
        return index;
    }

    Peer peer() {
        return peer;
    }

    /** The first non-determinism sync-test found in any run of this peer, or null. */
    NonDeterminism nonDeterminism() {
        if (found == null && peer != null) {
            found = peer.nonDeterminism();
        }
        return found;
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

    boolean isLinkedTo(SimPeer other) {
        return openLinks.stream().anyMatch(l -> l.remote() == other);
    }

    /** Starts a new run of this peer (its first, or a return after churn). */
    void start() {
        start(false);
    }

    /**
     * Starts a new run; {@code founder}: as a process started without neighbours to join, which
     * founds the network's time at once when none reaches it.
     */
    void start(boolean founder) {
        incarnation++;
        returnedAt = -1;
        recovered = false;
        PeerConfig base = sim.peerConfig(runId(), incarnation);
        if (founder) {
            base = base.withSyncWaitTicks(0);
        }
        long origin = originOf(incarnation);
        PeerConfig config = base.withOrigin(origin);
        peer = new Peer(config, sim.newApp(), clock, sim.signatureMemo());
        if (sim.config().protocol() == Protocol.PAPER) {
            // The reference's fixed ids go on numbering where the last run stopped.
            var previous = sim.metrics().emittedEvents().get(peer.config().origin());
            if (previous != null) {
                peer.resumeSeqAfter(previous.lastKey());
            }
        }
        sim.observer().started(id, incarnation, peer);
        peer.addListener(new Listener(incarnation));
        recoveringSince = -1;
        emitCallsNetworkNanos.clear();
        scheduleAdvance(incarnation);
        sim.partitions().started(this);
        sim.network().connect(this);
        if (sim.network().faults().hostilePeers().contains(index)) {
            scheduleStrike(incarnation);
        }
    }

    /**
     * A hostile peer strikes its neighbours every {@link HostileActions#PERIOD_NANOS} from the
     * end of the warmup while faults last: it attacks a network that has formed (a joiner whose
     * only link up is the hostile one is fooled, as docs/SECURITY.md says; {@code --warmup 0s}
     * shows it).
     */
    private void scheduleStrike(int run) {
        sim.scheduler().after(HostileActions.PERIOD_NANOS, () -> {
            if (peer != null && incarnation == run && sim.network().faulty()) {
                if (sim.scheduler().now() >= sim.config().warmupNanos()) {
                    HostileActions.strike(peer, clock.nanos(), openLinks);
                }
                scheduleStrike(run);
            }
        });
    }

    /**
     * The origin of a run's events. The reference's peers have fixed ids (which its highest-tick
     * dedup then holds against the restarted process's first events). Ours take a fresh origin
     * every run after the first, as {@code symp peer} does (its transport draws one at random
     * for every run, whatever the {@code --id}; here it is drawn from the peer and the run, so
     * that the seed reproduces it): under {@code --restart new-id} it is also the run's id.
     */
    private long originOf(int run) {
        if (sim.config().protocol() == Protocol.PAPER) {
            return id;
        }
        return run == 0 ? id : mix(id, run);
    }

    /**
     * The id this run shows its neighbours: the peer's own, or under {@code --restart new-id}
     * a new one for every run after the first (a process started with another {@code --id}).
     */
    long runId() {
        boolean newIds = sim.config().faults().restart() == RestartMode.NEW_ID
                && sim.config().protocol() == Protocol.SYMP;
        return newIds && incarnation > 0 ? mix(id, incarnation) : id;
    }

    /** Stops this run: its links close and its state is gone. */
    void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        sim.network().disconnect(this);
        sim.observer().stopped(id, incarnation, peer);
        nonDeterminism();
        peer = null;
        stopping = false;
        recoveringSince = -1;
        sim.partitions().changed();
    }

    void emit(int type, io.symp.app.EventArgs args) {
        emitCallsNetworkNanos.add(peer.networkNanos(clock.nanos()));
        ownCall = true;
        guarded("emit", () -> {
            if (!peer.offer(type, args)) {
                // Over the origin's rate limit with a full queue: refused at the source, not sent.
                emitCallsNetworkNanos.pollLast();
                sim.metrics().refused();
            }
        });
        ownCall = false;
    }

    /** A frame from {@code link}, decoded. */
    void received(SimLink link, io.symp.wire.Message m) {
        if (peer != null) {
            guarded("received", () -> peer.received(link, m));
            wakeEarlierIfDue();
        }
    }

    /**
     * Runs one call into the peer. What the peer throws out of its API stops a real peer (its
     * thread stops for good): the simulation records the crash, by name, for the checkers, and
     * takes this peer offline.
     */
    private void guarded(String call, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | Error e) {
            sim.crashed(this, call, e);
            if (peer != null && !stopping) {
                stop();
            }
        }
    }

    void linkUp(SimLink link) {
        openLinks.add(link);
        sim.partitions().linked(this, link.remote());
        if (incarnation > 0 && returnedAt < 0) {
            returnedAt = sim.scheduler().now();
        }
        guarded("linkUp", () -> peer.linkUp(link));
        if (peer != null) {
            checkRecoveryStart();
        }
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
            if (l.remote().isOnline() && l.remote().peer().clockSynced()) {
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
            guarded("linkDown", () -> peer.linkDown(link, reason));
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

    /**
     * Wakes this run when its next tick is due on its clock. A real peer's thread polls every
     * tick period; the simulator wakes it only when it has work, so whatever can bring that
     * moment forward (a clock sync moving its epoch, an adopted snapshot moving its tick) is
     * followed by {@link #wakeEarlierIfDue}, and the stale wake-up lapses. (Before, a joiner that
     * adopted a snapshot before its clock was synced slept the snapshot's age away: found by
     * the swarm, seed 165.)
     */
    private void scheduleAdvance(int run) {
        long at = Math.max(sim.scheduler().now(), clock.baseAt(peer.nextTickDueNanos()));
        long wake = ++wakes;
        wakeAtNanos = at;
        sim.scheduler().at(at, () -> {
            if (peer != null && incarnation == run && wakes == wake) {
                ownCall = true;
                guarded("advance", peer::advance);
                ownCall = false;
                if (peer != null && incarnation == run) {
                    scheduleAdvance(run);
                }
            }
        });
    }

    private void wakeEarlierIfDue() {
        // Only a wake-up stale by more than a second: the ordinary small corrections keep the
        // timing every measured figure was taken with (docs/EVALUATION.md).
        if (peer != null && clock.baseAt(peer.nextTickDueNanos()) < wakeAtNanos - STALE_WAKE_NANOS) {
            scheduleAdvance(incarnation);
        }
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
            if (ownCall && e.origin() == peer.config().origin() && !emitCallsNetworkNanos.isEmpty()) {
                long called = emitCallsNetworkNanos.poll();
                sim.metrics().emitted(SimPeer.this, e, e.tick() * sim.config().tickNanos() - called, peer.deltaTicks(),
                        sim.scheduler().now());
            } else {
                sim.metrics().arrived(SimPeer.this, e, sim.scheduler().now());
            }
        }

        @Override
        public void fork(io.symp.peer.Fork fork) {
            if (current()) {
                sim.forked(SimPeer.this, fork);
            }
        }

        @Override
        public void snapshotAdopted(long tick) {
            if (current()) {
                sim.adopted(SimPeer.this, tick, peer.state().hash());
            }
        }

        @Override
        public void eventRefused(Event e, String reason) {
            sim.metrics().refused();
        }
    }
}
