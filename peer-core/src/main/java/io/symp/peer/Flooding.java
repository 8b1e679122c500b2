package io.symp.peer;

import io.symp.app.Event;
import io.symp.timeline.VersionVector;
import io.symp.travel.TimeMachine;
import io.symp.wire.EventMessage;
import io.symp.wire.HaveMessage;
import io.symp.wire.SnapshotMessage;
import java.util.Collection;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once flooding. An event is taken the first time its (origin, seq) is seen, whatever
 * link it came by, and forwarded to every other neighbour; neighbours exchange what they hold
 * (HAVE) on connect and every sync round, and send each other exactly what the other lacks, or
 * a snapshot when it lacks history that has been folded away.
 *
 * <p>Under {@link Protocol#PAPER} the reference's rules apply instead: an event is dropped unless
 * its tick is higher than any seen from its origin, and a new link gets the whole history.
 */
final class Flooding {
    private static final Logger log = LoggerFactory.getLogger(Flooding.class);

    private final Protocol protocol;
    private final TimeMachine machine;
    private final PeerListener listener;
    private final DivergenceWatch watch;
    private final OriginRateLimit rateLimit;
    private final VersionVector held = new VersionVector();
    private final VersionVector folded = new VersionVector();
    private final TreeMap<Long, Long> highestTickByOrigin = new TreeMap<>();
    private final TreeMap<Long, Long> haveSentAtCount = new TreeMap<>();
    private long haveRounds;
    private boolean haveOwed;
    private long highestTickSeen;

    Flooding(Protocol protocol, TimeMachine machine, PeerListener listener, DivergenceWatch watch, int fps) {
        this.rateLimit = new OriginRateLimit(fps, Limits.ORIGIN_EVENTS_PER_SECOND_MAX);
        this.protocol = protocol;
        this.machine = machine;
        this.listener = listener;
        this.watch = watch;
    }

    VersionVector held() {
        return held;
    }

    /** The highest event tick seen from anyone (the paper's stamping floor). */
    long highestTickSeen() {
        return highestTickSeen;
    }

    /** This peer's own new event, stamped {@code leadTicks} ahead: taken and sent to every neighbour. */
    void own(Event e, int leadTicks, Collection<Link> links) {
        held.add(e.origin(), e.seq());
        highestTickByOrigin.merge(e.origin(), e.tick(), Math::max);
        take(e);
        EventMessage m = new EventMessage(e, leadTicks);
        for (Link l : links) {
            l.send(m);
        }
    }

    /**
     * A neighbour's event: taken if new and forwarded, lead and all, to every other neighbour.
     *
     * @return whether it was taken (its first arrival)
     */
    boolean event(Link from, EventMessage m, Collection<Link> links) {
        Event e = m.event();
        if (!rateLimit.allows(e.origin(), machine.tick())) {
            // Not marked as held: the next HAVE round asks for it again, within the limit.
            haveOwed = true;
            return false;
        }
        if (protocol == Protocol.PAPER) {
            long highest = highestTickByOrigin.getOrDefault(e.origin(), 0L);
            if (e.tick() <= highest) {
                return false;
            }
            highestTickByOrigin.put(e.origin(), e.tick());
            if (!held.add(e.origin(), e.seq())) {
                return false;
            }
        } else if (!held.add(e.origin(), e.seq())) {
            return false;
        }
        take(e);
        for (Link l : links) {
            if (l != from) {
                l.send(m);
            }
        }
        return true;
    }

    void linkUp(Link link) {
        if (protocol == Protocol.PAPER) {
            for (Event e : machine.timeline().all()) {
                link.send(new EventMessage(e));
            }
        } else {
            sendHave(link);
        }
    }

    void sendHave(Link link) {
        if (protocol == Protocol.SYMP) {
            link.send(new HaveMessage(held.copy(), machine.tick()));
            haveSentAtCount.put(link.peerId(), held.count());
        }
    }

    /**
     * The periodic HAVEs: to each link when this peer took events since its last HAVE there; to
     * all of them now and then regardless (anything lost in flight is repaired), and at once
     * after events were put off by the rate limit.
     */
    void haveRound(Collection<Link> links) {
        haveRounds++;
        boolean keepalive = haveRounds % Limits.HAVE_ROUNDS_PER_KEEPALIVE == 0 || haveOwed;
        haveOwed = false;
        for (Link link : links) {
            Long sentAt = haveSentAtCount.get(link.peerId());
            if (keepalive || sentAt == null || sentAt != held.count()) {
                sendHave(link);
            }
        }
    }

    /** Sends {@code link} what its HAVE says it lacks, and asks for what it holds that we lack. */
    void have(Link link, HaveMessage m) {
        if (protocol != Protocol.SYMP) {
            return;
        }
        if (!dominates(held, m.held()) || !containsAbove(held, m.held())) {
            sendHave(link);
        }
        if (lacksFoldedHistory(m.held())) {
            long tick = machine.snapshots().oldestTick();
            link.send(new SnapshotMessage(tick, machine.snapshots().bytes(tick).clone(), folded.copy()));
        }
        for (Event e : machine.timeline().missingFrom(m.held(), Limits.REPAIR_EVENTS_PER_HAVE_MAX)) {
            link.send(new EventMessage(e));
        }
    }

    /** A snapshot from a neighbour: adopted when it holds events this peer lacks and cannot get. */
    void snapshot(Link link, SnapshotMessage m) {
        if (m.region().length != machine.state().region().length) {
            link.close("snapshot of " + m.region().length + " bytes, expected " + machine.state().region().length);
            return;
        }
        if (dominates(held, m.covered())) {
            return;
        }
        int lost = machine.timeline().between(1, m.tick()).stream()
                .mapToInt(e -> m.covered().contains(e.origin(), e.seq()) ? 0 : 1).sum();
        if (lost > 0) {
            log.warn("adopting snapshot of tick {} from {}: {} own events older than it are not in it and are dropped",
                    m.tick(), link.describe(), lost);
        }
        machine.adopt(m.tick(), m.region());
        held.merge(m.covered());
        folded.merge(m.covered());
        listener.snapshotAdopted(m.tick());
    }

    /** Folds history older than the snapshot ring reaches into its oldest snapshot. */
    void fold() {
        long oldest = machine.snapshots().oldestTick();
        if (oldest <= 0) {
            return;
        }
        for (Event e : machine.timeline().between(1, oldest)) {
            folded.raiseWatermark(e.origin(), e.seq());
            watch.folding(e);
        }
        machine.fold();
    }

    private void take(Event e) {
        long atTick = machine.tick();
        highestTickSeen = Math.max(highestTickSeen, e.tick());
        TimeMachine.Acceptance a = machine.accept(e);
        if (a == TimeMachine.Acceptance.TOO_OLD) {
            String reason = "tick " + e.tick() + " is older than the oldest snapshot (tick "
                    + machine.snapshots().oldestTick() + "): the history it needs has been folded";
            log.warn("refused event {}:{}: {}", Long.toHexString(e.origin()), e.seq(), reason);
            listener.eventRefused(e, reason);
        } else {
            listener.eventAccepted(e, atTick, a == TimeMachine.Acceptance.LATE);
        }
    }

    private boolean lacksFoldedHistory(VersionVector theirs) {
        for (long origin : folded.origins()) {
            if (theirs.watermark(origin) < folded.watermark(origin)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code mine} holds every seq {@code theirs} lists above its watermarks. */
    private static boolean containsAbove(VersionVector mine, VersionVector theirs) {
        for (long origin : theirs.origins()) {
            for (long seq : theirs.above(origin)) {
                if (!mine.contains(origin, seq)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean dominates(VersionVector mine, VersionVector covered) {
        for (long origin : covered.origins()) {
            if (mine.watermark(origin) < covered.watermark(origin)) {
                return false;
            }
        }
        return true;
    }
}
