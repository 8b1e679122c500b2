package io.symp.sim;

import io.symp.app.AppInfo;
import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.SymmetricApp;
import io.symp.check.NonDeterminism;
import io.symp.hash.StateHash;
import io.symp.peer.PeerConfig;
import io.symp.peer.RandomEvents;
import io.symp.peer.SignatureMemo;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs real {@link io.symp.peer.Peer}s over a simulated network in virtual time, the way the
 * paper evaluates its middleware, and measures the paper's metrics.
 *
 * <p>Phases: peers start at random times and emit random events while churn and the faults of
 * {@link SimFaults} (partitions, link resets, slow readers) take them and their links down and
 * bring them back (safety); then the faults stop, every peer comes back online, nobody emits,
 * and the run goes on until all have caught up (liveness). Then the checkers
 * ({@link SimChecker}) judge the run against a {@link ReferenceTimeline}. Every random draw
 * comes from the seed, in separate streams for start times, churn, workload, latency, clocks
 * and link resets, so one seed reproduces a run exactly.
 */
public final class Simulation {
    private static final long SECOND = 1_000_000_000L;

    private final SimConfig config;
    private final Scheduler scheduler = new Scheduler();
    private final SimNetwork network;
    private final SimMetrics metrics;
    private final Partitions partitions;
    private final TreeMap<Long, SimPeer> peers = new TreeMap<>();
    private final AppInfo app;
    private final Supplier<SymmetricApp> apps;
    private final SplittableRandom starts;
    private final SplittableRandom churn;
    private final SplittableRandom workload;
    private static final int CRASHES_LISTED_MAX = 20;
    private PeerObserver observer = (id, incarnation, peer) -> { };
    private final List<String> crashes = new ArrayList<>();
    private final List<SimOutcome.Adoption> adoptions = new ArrayList<>();
    private final List<SimOutcome.Forked> forks = new ArrayList<>();
    private long faultsEndTick;
    private long healMidTick;
    private boolean refounded;
    private long settleNanos;
    private ClockTrace clockTrace;
    /** Every peer of this network checks keys and signatures through it: each once per network. */
    private final SignatureMemo signatureMemo = new SignatureMemo();

    /** A simulation of a built-in app, or one on the class path. */
    public Simulation(SimConfig config) {
        this(config, null);
    }

    /**
     * A simulation whose peers run instances of {@code apps}: give each its own (class loader
     * and all, see {@link Apps#isolated}) so that peers share no static field, as processes.
     */
    public Simulation(SimConfig config, Supplier<SymmetricApp> apps) {
        this.config = config;
        this.apps = apps;
        SplittableRandom root = new SplittableRandom(config.seed());
        this.starts = root.split();
        this.churn = root.split();
        this.workload = root.split();
        SplittableRandom latencies = root.split();
        PeerClocks clocks = new PeerClocks(scheduler.clock(), config.faults(), root.split());
        this.network = new SimNetwork(scheduler, latencies, config.orderedLinks(), config.faults(),
                config.durationNanos(), root.split());
        this.partitions = new Partitions(peers.values());
        this.metrics = new SimMetrics(config.warmupNanos(), config.tickNanos(), partitions);
        this.app = newApp().info();
        int index = 0;
        for (long id : config.peerIds()) {
            peers.put(id, new SimPeer(id, index++, this, clocks.next()));
        }
        for (SimConfig.SimLinkSpec l : config.links()) {
            peers.get(l.a()).neighbours().add(new SimPeer.Neighbour(peers.get(l.b()), l.latency()));
            peers.get(l.b()).neighbours().add(new SimPeer.Neighbour(peers.get(l.a()), l.latency()));
        }
    }

    SimConfig config() {
        return config;
    }

    Supplier<SymmetricApp> apps() {
        return apps;
    }

    /** What sync-test found, by peer id (empty without {@code syncTestDepth} or when all agree). */
    public TreeMap<Long, NonDeterminism> nonDeterminism() {
        TreeMap<Long, NonDeterminism> found = new TreeMap<>();
        for (SimPeer p : peers.values()) {
            if (p.nonDeterminism() != null) {
                found.put(p.id(), p.nonDeterminism());
            }
        }
        return found;
    }

    /** Watches every peer run of this simulation; set before {@link #run()}. */
    public void observe(PeerObserver newObserver) {
        this.observer = newObserver;
    }

    /** Samples every online peer's clock into {@code trace} while running; set before {@link #run()}. */
    public void traceClocks(ClockTrace trace) {
        this.clockTrace = trace;
    }

    private void scheduleClockSample(long atNanos) {
        scheduler.at(atNanos, () -> {
            clockTrace.sample(peers.values(), atNanos);
            scheduleClockSample(atNanos + clockTrace.intervalNanos());
        });
    }

    PeerObserver observer() {
        return observer;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    SimNetwork network() {
        return network;
    }

    SimMetrics metrics() {
        return metrics;
    }

    Partitions partitions() {
        return partitions;
    }

    SignatureMemo signatureMemo() {
        return signatureMemo;
    }

    /**
     * The configuration of one run of a peer. Peers of the initial start may stamp on their own
     * clock after waiting 3 s for a neighbour (someone has to found the network); a returning
     * peer is a process restarted with its neighbours to join, and waits for them however long.
     */
    PeerConfig peerConfig(long id, int incarnation) {
        int syncWait = incarnation == 0 ? 3 * config.fps() : Integer.MAX_VALUE;
        return PeerConfig.defaults(id).withFps(config.fps()).withDeltaTicks(config.deltaTicks())
                .withProtocol(config.protocol()).withSyncWaitTicks(syncWait)
                .withSyncTest(config.syncTestDepth(), config.seed() ^ id)
                .withRollbackBudget(config.rollbackBudget());
    }

    /**
     * The start of the liveness phase: every peer offline comes back. When no peer still up holds
     * the network's time (churn took every holder down: restarted joiners wait for one forever),
     * the first peer comes back as an operator would bring a network back: started without
     * neighbours to join, so that it founds the time. What only departed runs held is gone.
     */
    private void restartForLiveness() {
        boolean timeHeld = peers.values().stream().anyMatch(p -> p.isOnline() && p.peer().clockSynced());
        if (!timeHeld && config.protocol() == io.symp.peer.Protocol.SYMP) {
            SimPeer first = peers.firstEntry().getValue();
            if (first.isOnline()) {
                first.stop();
            }
            first.start(true);
            refounded = true;
        }
        for (SimPeer p : peers.values()) {
            if (!p.isOnline()) {
                p.start();
            }
        }
    }

    private long maxOnlineTick() {
        return peers.values().stream().filter(SimPeer::isOnline).mapToLong(p -> p.peer().tick()).max().orElse(0);
    }

    /** A fresh copy of the run's app: built in, or sized, wrapped to throw if asked. */
    io.symp.app.SymmetricApp newApp() {
        String name = config.app();
        io.symp.app.SymmetricApp a = name.startsWith(SizedApp.PREFIX) && name.length() > SizedApp.PREFIX.length()
                && name.substring(SizedApp.PREFIX.length()).chars().allMatch(Character::isDigit)
                ? new SizedApp(Integer.parseInt(name.substring(SizedApp.PREFIX.length())))
                : apps != null ? apps.get() : Apps.builtIn().create(name);
        return config.faults().throwPct() > 0 ? new ThrowingApp(a, config.faults().throwPct()) : a;
    }

    /** {@code p} threw {@code e} out of {@code call}: recorded for the checkers, by name. */
    void crashed(SimPeer p, String call, Throwable e) {
        if (crashes.size() < CRASHES_LISTED_MAX) {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            crashes.add(String.format(java.util.Locale.ROOT, "peer %d (run %d) threw %s from %s at tick %d: %s%s",
                    p.id(), p.incarnation(), e.getClass().getSimpleName(), call,
                    p.peer() == null ? -1 : p.peer().tick(), e.getMessage(), at == null ? "" : " (at " + at + ")"));
        } else if (crashes.size() == CRASHES_LISTED_MAX) {
            crashes.add("more peers threw; the first " + CRASHES_LISTED_MAX + " are listed");
        }
    }

    /** {@code p} reported a fork (kept up to a bound: the first ones name it). */
    void forked(SimPeer p, io.symp.peer.Fork fork) {
        if (forks.size() < 1_000) {
            forks.add(new SimOutcome.Forked(p.id(), fork));
        }
    }

    /** {@code p} adopted a neighbour's snapshot of {@code tick}. */
    void adopted(SimPeer p, long tick, long hash) {
        long origin = p.peer().config().origin();
        long own = metrics.allEmitted().stream().filter(e -> e.origin() == origin && e.tick() <= tick).count();
        adoptions.add(new SimOutcome.Adoption(p.id(), p.incarnation(), tick, hash, own));
    }

    /** Runs the whole experiment and returns its metrics. */
    public SimResult run() {
        long wallStart = System.nanoTime();
        long cpuStart = cpuNanos();
        for (SimPeer p : peers.values()) {
            long start = config.startSpreadNanos() == 0 ? 0 : starts.nextLong(config.startSpreadNanos());
            scheduler.at(start, () -> {
                if (p.isOnline()) {
                    return; // Started early by the end of a run shorter than the start spread.
                }
                p.start();
                scheduleEmission(p);
            });
        }
        if (config.hasChurn()) {
            // Churn begins once every peer has started and the network has formed (one time,
            // founded by the first peers); from then on peers fail and return at random.
            scheduler.at(config.startSpreadNanos(), () -> peers.values().forEach(this::scheduleFailure));
        }
        network.schedulePartitions();
        if (clockTrace != null) {
            scheduleClockSample(clockTrace.intervalNanos());
        }
        scheduler.runUntil(config.durationNanos());
        faultsEndTick = metrics.globalMaxTick();
        restartForLiveness();
        // The liveness phase: no churn, no faults, no new events; everyone must converge. A
        // network whose links were cut gets the longest redial backoff and a catch-up more.
        settleNanos = config.deltaTicks() * config.tickNanos() + 10 * SECOND
                + (config.faults().cutsLinks() ? 10 * SECOND : 0);
        scheduler.runUntil(config.durationNanos() + settleNanos / 2);
        healMidTick = maxOnlineTick();
        scheduler.runUntil(config.durationNanos() + settleNanos);
        for (SimPeer p : peers.values()) {
            if (!p.isOnline()) {
                p.start(); // Crashed in the liveness phase: a fresh run, so that it can be compared.
            }
        }
        peers.values().forEach(metrics::flushFloor);
        SimResult result = result((System.nanoTime() - wallStart) / 1_000_000, (cpuNanos() - cpuStart) / 1_000_000);
        for (SimPeer p : peers.values()) {
            observer.stopped(p.id(), p.incarnation(), p.peer());
        }
        return result;
    }

    private void scheduleEmission(SimPeer p) {
        double perPeerPerSecond = config.ratePerMinute() / 60.0 / peers.size();
        if (perPeerPerSecond <= 0) {
            return;
        }
        long gap = (long) (-Math.log(1 - workload.nextDouble()) / perPeerPerSecond * SECOND);
        scheduler.after(Math.max(1, gap), () -> {
            if (scheduler.now() >= config.durationNanos()) {
                return;
            }
            if (p.isOnline()) {
                int type = workload.nextInt(app.eventTypes().size());
                p.emit(type, RandomEvents.args(app.eventType(type), workload));
            }
            scheduleEmission(p);
        });
    }

    private void scheduleFailure(SimPeer p) {
        long online = exponential(config.churnOnSeconds());
        scheduler.after(online, () -> {
            if (scheduler.now() >= config.durationNanos() || !p.isOnline()) {
                return;
            }
            p.stop();
            scheduler.after(exponential(config.churnOffSeconds()), () -> {
                if (!p.isOnline()) {
                    p.start();
                    scheduleFailure(p);
                }
            });
        });
    }

    private long exponential(double meanSeconds) {
        return Math.max(1, (long) (-Math.log(1 - churn.nextDouble()) * meanSeconds * SECOND));
    }

    private SimResult result(long wallMs, long cpuMs) {
        long commonTick = Long.MAX_VALUE;
        for (SimPeer p : peers.values()) {
            commonTick = Math.min(commonTick, p.peer().tick());
        }
        String commonHash = null;
        boolean agree = true;
        for (SimPeer p : peers.values()) {
            String hash = hashAt(p, commonTick);
            agree &= commonHash == null || commonHash.equals(hash);
            commonHash = commonHash == null ? hash : commonHash;
        }
        long emitted = 0;
        long lost = 0;
        long vanished = 0;
        for (var byOrigin : metrics.emittedEvents().values()) {
            for (Event e : byOrigin.values()) {
                emitted++;
                int holders = 0;
                for (SimPeer p : peers.values()) {
                    holders += p.peer().holds(e.origin(), e.seq()) ? 1 : 0;
                }
                lost += holders > 0 && holders < peers.size() ? 1 : 0;
                vanished += holders == 0 ? 1 : 0;
            }
        }
        double perEvent = Math.max(1, emitted);
        return new SimResult(config.protocol().name().toLowerCase(java.util.Locale.ROOT), peers.size(),
                metrics.liveTicks(), metrics.rollbackPct(), metrics.floorPct(), metrics.pacePct(),
                metrics.paceGlobalPct(), metrics.recoveryMsMean(), metrics.recoveryMsMax(),
                metrics.recoveryFromLinkMsMean(), metrics.recoveries(), metrics.rollbacks(), emitted, lost, vanished,
                metrics.refusedEvents(), agree, commonTick, commonHash, metrics.meanDelayMs(), metrics.meanDeltaMs(),
                network.messages() / perEvent, network.bytes() / perEvent, wallMs, cpuMs,
                peers.values().stream().mapToLong(p -> p.peer().stats().eventsSkipped()).max().orElse(0),
                new SimResult.Faults(network.linkResets(), network.linkOverflows(), network.refusedFrames(),
                        adoptions.size(), crashes.size(), forks.size(), refounded), violations(commonTick));
    }

    private static String hashAt(SimPeer p, long tick) {
        try {
            return StateHash.hex(p.peer().stateHashAt(tick));
        } catch (IllegalArgumentException e) {
            return "unreachable";
        }
    }

    /** What the checkers find wrong with the run (see {@link SimChecker}); empty when sound. */
    private List<String> violations(long commonTick) {
        java.util.TreeSet<Long> ticks = new java.util.TreeSet<>();
        ticks.add(commonTick);
        adoptions.forEach(a -> ticks.add(a.tick()));
        // Events no peer holds any more went down with every run that held them (nothing is
        // stored on disk): the reference is what the network still holds, and the checkers
        // tell the inevitable losses from the others.
        List<Event> held = metrics.allEmitted().stream()
                .filter(e -> peers.values().stream().anyMatch(p -> p.peer().holds(e.origin(), e.seq())))
                .toList();
        TreeMap<Long, Long> reference = new ReferenceTimeline(newApp(), held).hashesAt(ticks);
        long paceTicksMax = config.deltaTicks() + config.fps();
        SimOutcome outcome = new SimOutcome(peers.values(), metrics.allEmitted(), metrics.emitters(),
                metrics.reusedIds(), adoptions, forks, crashes, reference, commonTick, healMidTick, maxOnlineTick(),
                settleNanos / config.tickNanos(), paceTicksMax);
        List<String> violations = new ArrayList<>();
        for (SimChecker c : SimChecker.all()) {
            c.check(outcome, violations);
        }
        return violations;
    }

    private static long cpuNanos() {
        var bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
    }

    /** The peer of topology id {@code id}. */
    SimPeer peer(long id) {
        return peers.get(id);
    }

    /** The peers' ids, for tools. */
    public List<Long> peerIds() {
        return new ArrayList<>(peers.keySet());
    }
}
