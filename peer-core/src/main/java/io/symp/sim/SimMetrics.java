package io.symp.sim;

import io.symp.app.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The paper's metrics, measured on a shared virtual clock after the warm-up:
 * (a) rollback recurrence, ticks travelled ÷ live ticks; its floor, what peers with perfect clocks
 * would have travelled with the same arrival times and event ticks; (b) pace, live ticks behind
 * the greatest tick reached in the peer's part of the network ({@link Partitions}; without
 * partitions, any peer), counted over peers holding the network's time (a returning peer's
 * catching up is (c), not (b)), and for the record the same against every peer even across a
 * partition; (c) recovery, how long a returning peer takes to reach that greatest tick once
 * linked to a neighbour holding the time (and, for the record, from its first link). Also event
 * delays and the events each peer took or refused.
 */
final class SimMetrics {
    private final long warmupEndNanos;
    private final long tickNanos;
    private long globalMaxTick;
    private long liveTicks;
    private final Partitions partitions;
    private long ticksBehind;
    private long ticksBehindGlobal;
    private long paceTicks;
    private long ticksTravelled;
    private long rollbacks;
    private long floorTicks;
    private final List<Long> recoveriesNanos = new ArrayList<>();
    private final List<Long> recoveriesFromLinkNanos = new ArrayList<>();
    private long delayNanosTotal;
    private long delayed;
    private long deltaTicksTotal;
    private long refused;
    /** Emitted events by (origin, seq): kept to check at the end that every peer holds each. */
    private final TreeMap<Long, TreeMap<Long, Event>> emitted = new TreeMap<>();
    private final List<Event> allEmitted = new ArrayList<>();
    private final List<Emitter> emitters = new ArrayList<>();
    private final List<Event[]> reusedIds = new ArrayList<>();

    SimMetrics(long warmupEndNanos, long tickNanos, Partitions partitions) {
        this.warmupEndNanos = warmupEndNanos;
        this.tickNanos = tickNanos;
        this.partitions = partitions;
    }

    private boolean measuring(long now) {
        return now >= warmupEndNanos;
    }

    long globalMaxTick() {
        return globalMaxTick;
    }

    void ticked(SimPeer p, long tick, long now) {
        long partMax = partitions.maxTick(p);
        if (measuring(now)) {
            liveTicks++;
            if (!p.isRecovering() && p.peer().clockSynced()) {
                paceTicks++;
                ticksBehind += tick < partMax ? 1 : 0;
                ticksBehindGlobal += tick < globalMaxTick ? 1 : 0;
            }
        }
        globalMaxTick = Math.max(globalMaxTick, tick);
        partitions.ticked(p, tick);
        if (p.recoveringSince() >= 0 && tick >= partMax) {
            if (p.recoveringSince() >= warmupEndNanos) {
                recoveriesNanos.add(now - p.recoveringSince());
                recoveriesFromLinkNanos.add(now - p.returnedAt());
            }
            p.recovered();
        }
    }

    void travelled(long fromTick, long toTick, long now) {
        if (measuring(now)) {
            rollbacks++;
            ticksTravelled += fromTick - toTick;
        }
    }

    /** An event reached {@code p}: the floor counts what it would cost with a perfect clock. */
    void arrived(SimPeer p, Event e, long now) {
        long perfectTick = globalMaxTick;
        if (p.floorGroupTick() != perfectTick) {
            flushFloor(p);
            p.floorGroup(perfectTick, Long.MAX_VALUE, now);
        }
        if (e.tick() <= perfectTick) {
            p.floorGroup(perfectTick, Math.min(p.floorGroupMinEventTick(), e.tick()), p.floorGroupNanos());
        }
    }

    void flushFloor(SimPeer p) {
        if (p.floorGroupMinEventTick() != Long.MAX_VALUE && measuring(p.floorGroupNanos())) {
            floorTicks += p.floorGroupTick() - p.floorGroupMinEventTick() + 1;
        }
        p.floorGroup(-1, Long.MAX_VALUE, 0);
    }

    /** {@code e} was emitted {@code delayNanos} before its tick, stamped with Δ {@code deltaTicks}. */
    /** Peer {@code peer} emitted an event in its run {@code run}. */
    record Emitter(SimPeer peer, int run) {}

    void emitted(SimPeer by, Event e, long delayNanos, int deltaTicks, long now) {
        allEmitted.add(e);
        emitters.add(new Emitter(by, by.incarnation()));
        Event before = emitted.computeIfAbsent(e.origin(), o -> new TreeMap<>()).putIfAbsent(e.seq(), e);
        if (before != null) {
            reusedIds.add(new Event[] {before, e});
        }
        if (measuring(now)) {
            delayNanosTotal += delayNanos;
            deltaTicksTotal += deltaTicks;
            delayed++;
        }
    }

    void refused() {
        refused++;
    }

    /** Every event emitted, in order of emission (two may share an id: see {@link #reusedIds}). */
    List<Event> allEmitted() {
        return allEmitted;
    }

    /** Who emitted each of {@link #allEmitted}, in the same order. */
    List<Emitter> emitters() {
        return emitters;
    }

    /** Pairs of different events emitted under one (origin, seq): the first and the second. */
    List<Event[]> reusedIds() {
        return reusedIds;
    }

    TreeMap<Long, TreeMap<Long, Event>> emittedEvents() {
        return emitted;
    }

    long liveTicks() {
        return liveTicks;
    }

    double rollbackPct() {
        return liveTicks == 0 ? 0 : 100.0 * ticksTravelled / liveTicks;
    }

    double floorPct() {
        return liveTicks == 0 ? 0 : 100.0 * floorTicks / liveTicks;
    }

    double pacePct() {
        return paceTicks == 0 ? 0 : 100.0 * ticksBehind / paceTicks;
    }

    double paceGlobalPct() {
        return paceTicks == 0 ? 0 : 100.0 * ticksBehindGlobal / paceTicks;
    }

    long rollbacks() {
        return rollbacks;
    }

    long refusedEvents() {
        return refused;
    }

    double recoveryMsMean() {
        return recoveriesNanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    double recoveryMsMax() {
        return recoveriesNanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    double recoveryFromLinkMsMean() {
        return recoveriesFromLinkNanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    int recoveries() {
        return recoveriesNanos.size();
    }

    double meanDelayMs() {
        return delayed == 0 ? 0 : delayNanosTotal / 1e6 / delayed;
    }

    /** The mean Δ events were stamped with (each peer's own under {@code --delta auto}). */
    double meanDeltaMs() {
        return delayed == 0 ? 0 : deltaTicksTotal * (tickNanos / 1e6) / delayed;
    }

    long tickNanos() {
        return tickNanos;
    }
}
