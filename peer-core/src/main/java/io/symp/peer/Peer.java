package io.symp.peer;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.EventArgs;
import io.symp.app.EventType;
import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.app.SymmetricApp;
import io.symp.check.SyncTest;
import io.symp.clock.Clock;
import io.symp.core.Check;
import io.symp.sync.ClockSync;
import io.symp.timeline.VersionVector;
import io.symp.travel.TimeMachine;
import io.symp.travel.TravelListener;
import io.symp.travel.TravelStats;
import io.symp.wire.EventBatchMessage;
import io.symp.wire.EventMessage;
import io.symp.wire.ForkMessage;
import io.symp.wire.HashMessage;
import io.symp.wire.HaveMessage;
import io.symp.wire.Message;
import io.symp.wire.OriginMessage;
import io.symp.wire.SnapshotMessage;
import io.symp.wire.SnapshotNote;
import io.symp.wire.SyncMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One peer of a symmetric application: it runs the app on the shared timeline, stamps and
 * floods its own events, takes its neighbours' events exactly once, keeps its clock with the
 * network's and travels back in time when an event comes late.
 *
 * <p>Single-threaded: every method must be called on the peer's own thread (the transports
 * and {@link PeerThread} hand everything over to it). The same class runs over TCP and in the
 * simulator; time comes only from its {@link Clock}.
 */
public final class Peer implements LinkHandler {
    private static final Logger log = LoggerFactory.getLogger(Peer.class);

    private final PeerConfig config;
    private final SymmetricApp app;
    private final AppInfo info;
    private final Clock clock;
    private final TimeMachine machine;
    private final ClockSync clockSync;
    private final Flooding flooding;
    private final DivergenceWatch divergenceWatch;
    private final AutoDelta autoDelta;
    private final Listeners listeners = new Listeners();
    private final TreeMap<Long, Link> links = new TreeMap<>();
    private final SyncSchedule syncSchedule;
    private final WaitingJoiners waitingJoiners;
    /** Whether every neighbour this peer dials is linked (its transport's word; none: never). */
    private java.util.function.BooleanSupplier everyDialLinked = () -> false;
    /** The newest checkpoint for each quiet link, sent with its next SYNC (one record, not two). */
    private final TreeMap<Long, HashMessage> checkpointsDue = new TreeMap<>();
    private final ArrayDeque<PendingEmit> pendingEmits = new ArrayDeque<>();
    private final long startClockNanos;
    private final LiveObservation observation;
    private final RefusalLog refusals;
    private SyncTest syncTest;
    private long ownSeq;
    private long ownLastTick;
    private long nextRoundTick;
    private long syncRounds;
    private boolean caughtUp;
    /** The tick at which this peer first caught up with the network's time live (MAX: not yet). */
    private long caughtUpTick = Long.MAX_VALUE;
    private long lastRepairFrontier = -1;
    private long repairFrontierSinceNanos;

    /**
     * A peer whose origin key follows from its config ({@link OriginKey#derived} of its seed and
     * origin): for the simulator, whose runs a seed reproduces, and for tests. A real peer is
     * given a key drawn at random ({@code NetworkPeer} does).
     */
    public Peer(PeerConfig config, SymmetricApp app, Clock clock) {
        this(config, app, clock, OriginKey.derived(config.seed(), config.origin()));
    }

    /** A peer whose events carry {@code key}'s origin, signed with it (whatever the config's origin). */
    public Peer(PeerConfig config, SymmetricApp app, Clock clock, OriginKey key) {
        this(config, app, clock, key, EverySignatureCheck.INSTANCE);
    }

    /**
     * A simulated peer (key as for {@link #Peer(PeerConfig, SymmetricApp, Clock)}) that shares
     * {@code memo} with the other peers of its network: each key and signature is checked once
     * per network, with the same answers (docs/PERFORMANCE.md, "Simulator scale").
     */
    public Peer(PeerConfig config, SymmetricApp app, Clock clock, SignatureMemo memo) {
        this(config, app, clock, OriginKey.derived(config.seed(), config.origin()), memo.check());
    }

    private Peer(PeerConfig config, SymmetricApp app, Clock clock, OriginKey key, SignatureCheck check) {
        config = config.withOrigin(key.origin());
        this.config = config;
        this.app = app;
        this.info = app.info();
        this.clock = clock;
        this.machine = Rings.timeMachine(app, config);
        this.startClockNanos = clock.nanos();
        this.clockSync = new ClockSync(startClockNanos, config.tickNanos(), config.protocol() == Protocol.SYMP,
                config.deltaTicks());
        this.waitingJoiners = new WaitingJoiners(config.id());
        this.syncSchedule = new SyncSchedule(Math.max(1, config.syncIntervalTicks() / 2),
                (int) Math.max(1, (long) Limits.SYNC_QUIET_INTERVAL_MS * config.fps() / 1000), config.origin());
        this.divergenceWatch = new DivergenceWatch(machine, listeners, config.id(), config.fps(), config.deltaTicks());
        this.flooding = new Flooding(config.protocol(), machine, listeners, divergenceWatch, config.fps(), key,
                check);
        flooding.links(links.values());
        this.refusals = new RefusalLog(log, clock::nanos);
        flooding.admission(new SnapshotAdmission(clock::nanos, this::stampingTick, () -> caughtUpTick,
                config.deltaTicks(), refusals));
        this.autoDelta = new AutoDelta(config.fps(), config.deltaTicks(), config.rollbackBudget());
        this.syncTest = config.syncTestDepth() > 0 ? new SyncTest(machine, config.syncTestDepth(), config.seed()) : null;
        this.observation = new LiveObservation(machine.state().view());
        machine.listener(new TravelListener() {
            @Override
            public void ticked(long tick, StateView state) {
                app.observe(observation.at(tick, settledTick()));
                listeners.ticked(tick, state);
                if (syncTest != null) {
                    syncTest.ticked(tick, state);
                }
            }

            @Override
            public void travelled(long fromTick, long toTick, long snapshotTick) {
                listeners.travelled(fromTick, toTick, snapshotTick);
                if (syncTest != null) {
                    syncTest.travelled(fromTick, toTick, snapshotTick);
                }
            }
        });
    }

    public void addListener(PeerListener listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener}; not from inside a listener call. */
    public void removeListener(PeerListener listener) {
        listeners.remove(listener);
    }

    public long id() {
        return config.id();
    }

    public PeerConfig config() {
        return config;
    }

    public AppInfo appInfo() {
        return info;
    }

    public SymmetricApp app() {
        return app;
    }

    public long tick() {
        return machine.tick();
    }

    /** The live state, read only (a view: no cast reaches the live bytes). */
    public StateView state() {
        return machine.state().view();
    }

    /**
     * The newest tick no event this peer would still take can change: it refuses events older
     * than its oldest snapshot (see {@link io.symp.app.Observation}).
     */
    public long settledTick() {
        return machine.oldestAcceptableTick() - 1;
    }

    /** The oldest tick the snapshots reach back to (older ticks are out of reach). */
    public long oldestTick() {
        return machine.snapshots().oldestTick();
    }

    /**
     * A copy of the state at a past (or the current) tick, recomputed from snapshots without
     * touching the live state (late events are applied first); null when out of reach.
     */
    public State stateAt(long tick) {
        machine.settle();
        State copy = new State(info.stateSize());
        if (tick == machine.tick()) {
            copy.copyFrom(machine.state());
            return copy;
        }
        return machine.replay(tick, tick, copy, (t, s) -> true) ? copy : null;
    }

    /** The events held with ticks in {@code [fromTick, toTick]}, in timeline order. */
    public List<Event> eventsBetween(long fromTick, long toTick) {
        return List.copyOf(machine.timeline().between(fromTick, toTick));
    }

    /** The snapshot history: interval, slots, reach and the ticks held. */
    public Snapshots snapshots() {
        return Snapshots.of(machine.snapshots());
    }

    /**
     * Where a recording of this peer starts: its oldest snapshot and every event held after
     * it (late events applied first). For recorders attached to a running peer.
     */
    public History history() {
        machine.settle();
        long base = machine.snapshots().oldestTick();
        return new History(base, machine.snapshots().bytes(base).clone(),
                eventsBetween(base + 1, Long.MAX_VALUE - 1));
    }

    /** Whether this peer holds the event (origin, seq), applied or folded into a snapshot. */
    public boolean holds(long origin, long seq) {
        return flooding.held().contains(origin, seq);
    }

    /**
     * Tells this peer whether every neighbour it dials is linked (asked on its own thread; any
     * thread may answer). Without it a joiner never founds the time ({@link WaitingJoiners}).
     */
    public void dialsLinked(java.util.function.BooleanSupplier everyDialLinked) {
        this.everyDialLinked = everyDialLinked;
    }

    /** Whether the clock holds the network's time (own events are stamped only then). */
    public boolean clockSynced() {
        return clockSync.synced();
    }

    /** The network's time, in nanoseconds, at {@code clockNanos} of this peer's clock. */
    public long networkNanos(long clockNanos) {
        return clockSync.networkNanos(clockNanos);
    }

    /**
     * A test and demo aid: flips the bits of one byte of the live state, so that this peer
     * silently diverges from its neighbours (what divergence detection and bisect must find).
     */
    public void corruptStateByte(int offset) {
        Check.argument(offset >= 0 && offset < info.stateSize(), "offset outside the state");
        State live = machine.state();
        live.putByte(offset, (byte) ~live.getByte(offset));
    }

    public long stateHash() {
        return machine.state().hash();
    }

    /**
     * The state hash at a past (or the current) tick, recomputed from snapshots without
     * touching the live state.
     *
     * @throws IllegalArgumentException when the tick is ahead, or older than the snapshots reach
     */
    public long stateHashAt(long tick) {
        State scratch = new State(info.stateSize());
        if (!machine.replay(tick, tick, scratch, (t, s) -> true)) {
            throw new IllegalArgumentException("tick " + tick + " is outside " + machine.snapshots().oldestTick()
                    + ".." + machine.tick());
        }
        return scratch.hash();
    }

    TimeMachine timeMachine() {
        return machine;
    }

    public TravelStats stats() {
        return machine.stats();
    }

    VersionVector held() {
        return flooding.held();
    }

    ClockSync clockSync() {
        return clockSync;
    }

    public Collection<Link> links() {
        return links.values();
    }

    /** For tests: the checkpoints this peer sends and compares. */
    DivergenceWatch divergenceWatch() {
        return divergenceWatch;
    }

    /** For tests: folds history past {@code events} events instead of {@link Limits#TIMELINE_EVENTS_MAX}. */
    void historyEventsMax(int events) {
        flooding.historyEventsMax(events);
    }

    /** Events reported as a {@link Fork}: they can no longer be applied by every peer. */
    public long forks() {
        return flooding.forks();
    }

    /** (origin, seq)s whose origin signed two different events, reported as an {@link Equivocation}. */
    public long equivocations() {
        return flooding.equivocations();
    }

    /**
     * The id of the peer that runs {@code origin}, as its announcement binds them (both keys
     * signed the binding; docs/SECURITY.md), or 0 when unknown or unbound.
     */
    public long peerOfOrigin(long origin) {
        return flooding.peerOf(origin);
    }

    /** Events refused because their signature is not their origin's (forged or altered). */
    public long forgeries() {
        return flooding.forgeries();
    }

    /**
     * What neighbours sent and this peer refused as out of bounds (an unasked or unconfirmed
     * snapshot, a SYNC out of range, HAVEs past their rate): each counted, logged at most once a
     * second (docs/SECURITY.md).
     */
    public long refusals() {
        return refusals.refusals() + clockSync.refused();
    }

    /**
     * The current neighbours (peer ids, ascending) that have not yet reported holding the same
     * events as this peer through a checkpoint at or after {@code tick}: until they have, a late
     * event may still change {@code tick} here or there. Their HASH messages carry a digest of
     * the events each holds through a checkpoint (see {@link DivergenceWatch}); two neighbours
     * that report the same digest have simulated {@code tick} from the same events. Empty under
     * the paper's protocol, which sends no HASH.
     */
    public long[] unconfirmedThrough(long tick) {
        if (config.protocol() != Protocol.SYMP) {
            return new long[0];
        }
        return links.keySet().stream().mapToLong(Long::longValue)
                .filter(id -> divergenceWatch.agreedThrough(id) < tick).toArray();
    }

    /**
     * Whether some neighbour, linked now or earlier in this run, reported holding the same events
     * through {@code tick} (always true under the paper's protocol, which sends no digests).
     */
    public boolean confirmedByAnyThrough(long tick) {
        return config.protocol() != Protocol.SYMP || divergenceWatch.anyAgreedThrough(tick);
    }

    /** Settled ticks at which a neighbour held the same events and another state. */
    public long divergences() {
        return divergenceWatch.divergences();
    }

    /** Sync-test's finding, or null (also null when sync-test is off). */
    public io.symp.check.NonDeterminism nonDeterminism() {
        return syncTest == null ? null : syncTest.found();
    }

    /**
     * Turns sync-test on (re-simulating up to {@code depth} ticks every tick) or off
     * ({@code depth} 0) while the peer runs; a previous finding is dropped. For the REPL.
     */
    public void syncTest(int depth) {
        if (depth < 0 || depth > Limits.SYNC_TEST_DEPTH_MAX) {
            throw new IllegalArgumentException("sync-test depth must be 0.." + Limits.SYNC_TEST_DEPTH_MAX);
        }
        syncTest = depth > 0 ? new SyncTest(machine, depth, config.seed()) : null;
    }

    /** True while sync-test runs. */
    public boolean syncTestOn() {
        return syncTest != null;
    }

    /**
     * Continues the numbering of this origin's events after {@code lastSeq}: for a restarted
     * process that keeps its origin, as the reference's fixed ids do (the simulator's paper
     * protocol), so that (origin, seq) still names one event.
     */
    public void resumeSeqAfter(long lastSeq) {
        ownSeq = Math.max(ownSeq, lastSeq);
    }

    /**
     * The Δ, in ticks, this peer stamped its last own event with: the configured one, or under
     * {@code --delta auto} its own choice (see {@link AutoDelta}); the configured one before any.
     */
    public int deltaTicks() {
        return autoDelta.deltaTicks();
    }

    /** Own events waiting for the clock to be synced before they are stamped. */
    public int pendingEmits() {
        return pendingEmits.size();
    }

    /**
     * Emits an application event from this peer: stamped at now + Δ (or held until the clock is
     * synced), applied here and flooded to every neighbour.
     *
     * @throws IllegalArgumentException for an unknown type or arguments that do not fit it
     */
    public void emit(int type, long... args) {
        emit(type, EventArgs.of(args));
    }

    /**
     * As {@link #emit(int, long...)}, with any arguments: numbers, texts, byte strings.
     *
     * @throws IllegalArgumentException for an unknown type or arguments that do not fit it
     */
    public void emit(int type, EventArgs args) {
        if (!offer(type, args)) {
            throw new IllegalStateException("too many events waiting for clock sync or the rate limit ("
                    + Limits.PENDING_EMITS_MAX + ")");
        }
    }

    /**
     * As {@link #emit}, but when {@link Limits#PENDING_EMITS_MAX} events already wait (for clock
     * sync, or for this origin's rate limit, {@link Limits#ORIGIN_EVENTS_PER_SECOND_MAX}) the
     * event is refused: returns false instead of throwing. For load generators.
     *
     * @throws IllegalArgumentException for an unknown type or arguments that do not fit it
     */
    public boolean offer(int type, long... args) {
        return offer(type, EventArgs.of(args));
    }

    /** As {@link #offer(int, long...)}, with any arguments. */
    public boolean offer(int type, EventArgs args) {
        EventType t = info.eventType(type);
        EventValidation.checkArgs(t, args);
        if (ownSeq + pendingEmits.size() >= Limits.SEQ_MAX) {
            throw new IllegalStateException("origin " + Long.toHexString(config.origin()) + " has numbered "
                    + Limits.SEQ_MAX + " events, the most one run may; restart the peer (a new run, a new origin)");
        }
        if (pendingEmits.size() >= Limits.PENDING_EMITS_MAX) {
            return false;
        }
        pendingEmits.add(new PendingEmit(type, args));
        if (mayStamp()) {
            stampPending();
        }
        return true;
    }

    /** Runs the peer up to the present: repairs, live ticks, sync rounds, held events. */
    public void advance() {
        long now = clock.nanos();
        flooding.sendOwnBatch(links.values());
        advanceWithin(catchUpTarget(clockSync.tickAt(now)), now);
        foundIfDue();
        if (!pendingEmits.isEmpty() && mayStamp()) {
            stampPending();
        }
        // A joiner holds its simulation until it has the network's time, and must go on asking
        // for it meanwhile: until then rounds keep its clock's ticks. A reference that went
        // back (the simulation's, once synced) is not waited for.
        long roundTick = clockSync.synced() ? machine.tick() : stampingTick();
        if (roundTick >= nextRoundTick || nextRoundTick - roundTick > config.syncIntervalTicks()) {
            nextRoundTick = roundTick + config.syncIntervalTicks();
            syncRound(now);
        }
        if (config.protocol() == Protocol.SYMP) {
            syncRequests(now, roundTick);
        }
    }

    /**
     * SYNC requests whose time has come, each link at its own phase ({@link SyncSchedule}) and
     * rate (quiet or not, {@link ClockSync#quiet}); a quiet link's checkpoint goes with it.
     */
    private void syncRequests(long now, long tick) {
        for (Link link : links.values()) {
            boolean quiet = clockSync.quiet(link.peerId(), now);
            if (syncSchedule.due(link.peerId(), tick, quiet)) {
                syncSchedule.sent(link.peerId(), tick, quiet);
                link.send(clockSync.outgoing(link.peerId(), now));
                HashMessage checkpoint = checkpointsDue.remove(link.peerId());
                if (checkpoint != null) {
                    link.send(checkpoint);
                }
            }
        }
    }

    /**
     * Simulates towards {@code target}, for at most {@link Limits#CATCH_UP_NANOS_PER_ADVANCE_MAX}
     * of this peer's clock: a heavy app catching up still answers its links between advances.
     * Under the simulator's clock no time passes while simulating, so only ticks bound it there.
     */
    private void advanceWithin(long target, long startNanos) {
        machine.settle();
        while (machine.tick() < target) {
            machine.advanceTo(machine.tick() + 1);
            if (clock.nanos() - startNanos >= Limits.CATCH_UP_NANOS_PER_ADVANCE_MAX) {
                return;
            }
        }
    }

    /**
     * How far to simulate now towards {@code clockTick}. A peer a little behind (a clock
     * correction) catches up smoothly: each advance closes a quarter of the gap on top of the
     * normal tick, so the application never visibly jumps. A peer far behind (joining,
     * returning) simulates as fast as it can, bounded per advance to stay responsive. Every
     * tick is simulated either way.
     */
    private long catchUpTarget(long clockTick) {
        boolean joiner = config.syncWaitTicks() == Integer.MAX_VALUE;
        if (!clockSync.synced() && joiner) {
            // A joiner that will never found the network's time has none yet: simulating on its
            // own clock only put the history it was about to take in its past (a real joiner
            // whose link came up 2.7 s after its start rolled back 77 ticks, before).
            return machine.tick();
        }
        long gap = clockTick - machine.tick();
        // A joiner holds at the repair frontier however near the network's time it is (it may
        // join a network a second old): its history, stamped ahead, lands ahead of it instead
        // of in its past. A peer of the network's start only when far behind, as before: peers
        // that start together would otherwise wait at start-up for events already on their way.
        long frontier = joiner || gap > config.fps() / 2 ? repairFrontier() : Long.MAX_VALUE;
        if (gap <= 1) {
            if (frontier == Long.MAX_VALUE) {
                caughtUp = caughtUp || clockSync.synced();
            }
            if (caughtUp && caughtUpTick == Long.MAX_VALUE) {
                caughtUpTick = machine.tick();
            }
            return Math.min(clockTick, frontier);
        }
        if (gap > config.fps() / 2) {
            return Math.min(frontier, machine.tick() + Math.min(gap, Limits.CATCH_UP_TICKS_PER_ADVANCE_MAX));
        }
        return Math.min(frontier, machine.tick() + 1 + (gap - 1 + Limits.CATCH_UP_SPREAD - 1) / Limits.CATCH_UP_SPREAD);
    }

    /**
     * How far a joiner (a peer that has not yet caught up with the network's time since it
     * started) may simulate while a neighbour still repairs its history: up to
     * the newest repaired event (repair comes oldest first), so the history lands ahead of it
     * and is simulated through, not travelled back for. A neighbour that makes no progress for
     * {@link Limits#CATCH_UP_REPAIR_WAIT_SECONDS} is no longer waited for.
     */
    private long repairFrontier() {
        long frontier = caughtUp ? Long.MAX_VALUE : flooding.repairFrontierTick();
        if (frontier == Long.MAX_VALUE) {
            return frontier;
        }
        long now = clock.nanos();
        if (frontier != lastRepairFrontier) {
            lastRepairFrontier = frontier;
            repairFrontierSinceNanos = now;
        }
        boolean waiting = now - repairFrontierSinceNanos < Limits.CATCH_UP_REPAIR_WAIT_SECONDS * 1_000_000_000L;
        return waiting ? Math.max(machine.tick(), frontier) : Long.MAX_VALUE;
    }

    /** When, on this peer's clock, its next tick is due: when {@link #advance()} has work. */
    public long nextTickDueNanos() {
        return clockSync.clockNanosAtTick(Math.max(machine.tick(), clockSync.tickAt(clock.nanos())) + 1);
    }

    /** The tick the clock says this peer should be at (it may still be catching up). */
    public long targetTick() {
        return clockSync.tickAt(clock.nanos());
    }

    @Override
    public void linkUp(Link link) {
        Link previous = links.put(link.peerId(), link);
        if (previous != null && previous != link) {
            previous.close("replaced by a newer link to the same peer");
        }
        clockSync.linkUp(link.peerId());
        // HAVE before the SYNC request: the neighbour answers the HAVE with what we lack before
        // it answers the SYNC, so a joiner has the history before it jumps to the network's
        // time, and simulates through it instead of travelling back for all of it.
        flooding.linkUp(link);
        link.send(clockSync.outgoing(link.peerId(), clock.nanos()));
        listeners.linkUp(link);
    }

    @Override
    public void linkDown(Link link, String reason) {
        if (links.get(link.peerId()) == link) {
            links.remove(link.peerId());
            clockSync.linkDown(link.peerId());
            syncSchedule.linkDown(link.peerId());
            checkpointsDue.remove(link.peerId());
            flooding.linkDown(link);
            listeners.linkDown(link, reason);
        }
    }

    /** A neighbour's SYNC, taken now; a bare request is answered at once. */
    private void sync(Link link, SyncMessage m) {
        long now = clock.nanos();
        boolean wasSynced = clockSync.synced();
        long jumpsBefore = clockSync.jumps();
        long before = clockSync.networkNanos(now);
        if (clockSync.incoming(link.peerId(), m, now)) {
            link.send(clockSync.reply(m, now));
        }
        logMove(link, wasSynced, clockSync.jumps() != jumpsBefore, clockSync.networkNanos(now) - before);
    }

    /**
     * At debug (-vv): when a SYNC moved this peer's network time by half a tick or more (a jump),
     * or gave a joiner the network's time, by how much and from which neighbour, with the link's
     * round trip: how the network's time came to be where it is can be read from the peers'
     * logs. Debug, not info: a simulation's thousands of peers would fill an info log.
     */
    private void logMove(Link link, boolean wasSynced, boolean jump, long movedNanos) {
        if (!log.isDebugEnabled() || !jump && wasSynced == clockSync.synced()) {
            return;
        }
        log.debug("network time {} by {} ms after a SYNC from {} (round trip {} ms)",
                wasSynced ? "moved" : "taken, own clock moved", movedNanos / 1_000_000,
                link.describe(), clockSync.rttNanos(link.peerId()) / 1_000_000);
    }

    @Override
    public void received(Link link, Message message) {
        if (!(message instanceof SyncMessage)) {
            clockSync.frameArrived(link.peerId(), clock.nanos());
        }
        if (message instanceof EventMessage m) {
            received(link, m);
        } else if (message instanceof EventBatchMessage m) {
            received(link, m);
        } else if (message instanceof SyncMessage m) {
            sync(link, m);
        } else if (message instanceof HaveMessage m) {
            flooding.have(link, m, clock.nanos());
        } else if (message instanceof SnapshotMessage m) {
            flooding.snapshot(link, m, clockSync.synced());
        } else if (message instanceof SnapshotNote m) {
            flooding.note(link, m, clockSync.synced());
        } else if (message instanceof HashMessage m) {
            compareHash(link, m);
        } else if (message instanceof ForkMessage m) {
            flooding.fork(link, m);
        } else if (message instanceof OriginMessage m) {
            for (EventsAwaitingKey.Arrival a : flooding.origin(link, m)) {
                received(a.from(), a.message());
            }
        }
    }

    private void received(Link link, EventMessage m) {
        Event e = m.event();
        if (closedOnInvalid(link, e)) {
            return;
        }
        long horizon = horizonTick();
        if (clockSync.synced() && e.tick() > horizon) {
            // Not held: if it is honest, it is offered again once it is within the horizon.
            refusedBeyond(e, horizon);
            return;
        }
        if (flooding.event(link, m, links.values())) {
            tookForAutoDelta(e, e.tick() - m.leadTicks(), m.leadTicks() > 0);
        }
    }

    /** As {@link #received(Link, EventMessage)} for each event of a batch, its one signature checked once. */
    private void received(Link link, EventBatchMessage b) {
        for (Event e : b.events()) {
            if (closedOnInvalid(link, e)) {
                return;
            }
        }
        long horizon = horizonTick();
        if (clockSync.synced() && b.events().get(b.events().size() - 1).tick() > horizon) {
            // Whole: the batch is signed whole. Offered again once it is within the horizon.
            b.events().forEach(e -> refusedBeyond(e, horizon));
            return;
        }
        long emittedTick = b.events().get(0).tick() - b.leadTicks();
        for (Event e : flooding.batch(link, b, links.values())) {
            tookForAutoDelta(e, emittedTick, b.leadTicks() > 0);
        }
    }

    /** Whether {@code e} does not fit the app, and the link it came by was closed for it. */
    private boolean closedOnInvalid(Link link, Event e) {
        String invalid = EventValidation.problem(info, e);
        if (invalid != null) {
            log.warn("closing link to {}: {}", link.describe(), invalid);
            link.close(invalid);
        }
        return invalid != null;
    }

    /** The furthest tick an event may be stamped for and still be held. */
    private long horizonTick() {
        return stampingTick() + (long) Limits.EVENT_HORIZON_SECONDS * config.fps();
    }

    private void refusedBeyond(Event e, long horizon) {
        listeners.eventRefused(e, "tick " + e.tick() + " is beyond the horizon (tick " + horizon + ")");
    }

    /** A taken event, for {@code --delta auto}: its tick, and its transit when its lead was measured. */
    private void tookForAutoDelta(Event e, long emittedTick, boolean measured) {
        if (!autoDelta.enabled()) {
            return;
        }
        autoDelta.taken(e.tick());
        if (measured && clockSync.synced()) {
            long now = stampingTick();
            autoDelta.transit(e.origin(), now - emittedTick, now);
        }
    }

    /** Where the clock says the network is, even while this peer is still catching up. */
    private long stampingTick() {
        return Math.max(machine.tick(), clockSync.tickAt(clock.nanos()));
    }

    /** Whether own events may be stamped: once the clock holds the network's time. */
    private boolean mayStamp() {
        foundIfDue();
        return config.protocol() == Protocol.PAPER || clockSync.synced();
    }

    /**
     * A peer with no one to join (wait 0), or an initial peer that heard no time source for its
     * whole wait, founds the network's time itself; a peer restarted to join others (wait
     * unbounded) waits for them, unless they all wait too ({@link WaitingJoiners}).
     */
    private void foundIfDue() {
        if (clockSync.synced()) {
            return;
        }
        if (config.syncWaitTicks() == 0 || machine.tick() >= config.syncWaitTicks()
                || waitingJoiners.founds(clock.nanos(), everyDialLinked.getAsBoolean() && clockSync.everyNeighbourWaits(),
                        links.keySet())) {
            clockSync.found();
            log.debug("founded the network's time ({} ms after this peer's start)",
                    (clock.nanos() - startClockNanos) / 1_000_000);
        }
    }

    private void stampPending() {
        while (!pendingEmits.isEmpty()) {
            long now = stampingTick();
            // The reference stamps above every tick seen; symp keeps its own ticks in order (several
            // events may share a tick, up to the rate limit's per-second count).
            long floor = config.protocol() == Protocol.PAPER ? flooding.highestTickSeen() + 1 : ownLastTick;
            int delta = autoDelta.nextDeltaTicks();
            long tick = flooding.ownStampTick(Math.max(now + delta, floor), now + delta + config.fps());
            if (tick < 0) {
                return;
            }
            PendingEmit p = pendingEmits.poll();
            Event e = new Event(tick, config.origin(), ++ownSeq, p.type(), p.args());
            ownLastTick = tick;
            autoDelta.taken(tick);
            flooding.own(e, (int) Math.min(Integer.MAX_VALUE, tick - now), links.values());
        }
    }

    private void syncRound(long now) {
        syncRounds++;
        boolean haveRound = syncRounds % Limits.SYNC_ROUNDS_PER_HAVE == 0;
        HashMessage checkpoint = haveRound && !links.isEmpty() && config.protocol() == Protocol.SYMP
                ? divergenceWatch.checkpoint() : null;
        List<Link> current = new ArrayList<>(links.values());
        for (Link link : current) {
            if (config.protocol() == Protocol.PAPER) {
                link.send(clockSync.outgoing(link.peerId(), now)); // symp's: syncRequests
            }
            if (checkpoint != null && clockSync.quiet(link.peerId(), now)) {
                checkpointsDue.put(link.peerId(), checkpoint); // the newest replaces any older
            } else if (checkpoint != null) {
                checkpointsDue.remove(link.peerId());
                link.send(checkpoint);
            }
        }
        if (haveRound) {
            flooding.haveRound(current);
            flooding.fold();
            autoDelta.update(stampingTick());
        }
    }

    private void compareHash(Link link, HashMessage m) {
        divergenceWatch.compare(link, m);
    }

    /** An own event waiting to be stamped. */
    private record PendingEmit(int type, EventArgs args) {}
}
