package io.symp.peer;

import io.symp.hash.StateHash;
import io.symp.wire.SnapshotMessage;
import io.symp.wire.SnapshotNote;
import java.util.Collection;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The joiner's side of a snapshot: which one it asked for, and whether its other neighbours
 * agree. A snapshot is taken only from the link it was asked of, for the tick asked, while the
 * ask is outstanding ({@link Limits#SNAPSHOT_ASK_SECONDS}), within the joiner's own span (at
 * least Δ before the network's time as this peer keeps it: a snapshot never moves it, and every
 * event stamped at or before its tick has had its Δ to arrive), with the
 * state hash offered, and only when more of the other neighbours that know that tick report the
 * same state (hash and event digest) than another one. With no other neighbour that knows
 * (a single neighbour, or every other one joining too) for
 * {@link Limits#SNAPSHOT_SINGLE_WORD_WAIT_SECONDS} (neighbours that link meanwhile are asked
 * too), it is taken on the offerer's word only by a joiner (a peer that has not yet caught up with the network's time): a peer that runs
 * with the network holds its history and never needs one on a single word.
 * Anything else is dropped and counted (docs/SECURITY.md). One ask, and one snapshot waiting
 * for answers, at a time. This peer answers others' queries only for ticks it {@link #knows}:
 * all of them if it caught up without being offered a snapshot (it got the whole history),
 * else those since it caught up or since the snapshot it adopted; otherwise it may lack
 * history and says {@link SnapshotNote#UNKNOWN}. (An offer to a peer that runs with the network
 * changes nothing: a hostile offerer cannot silence the honest peers a joiner asks.)
 */
final class SnapshotAdmission {
    /** What to do with a snapshot. */
    enum Verdict { ADOPT, WAIT, DROP }

    private final LongSupplier nanos;
    private final LongSupplier networkTick;
    private final LongSupplier caughtUpTick;
    private final int settleTicks;
    private final RefusalLog refusals;
    private boolean asking;
    private long adoptedTick = Long.MAX_VALUE;
    private boolean offeredWhileJoining;
    private long askedOf;
    private SnapshotNote offer;
    private long askedAtNanos;
    private final TreeMap<Long, SnapshotNote> answers = new TreeMap<>();
    private SnapshotMessage waiting;
    private SnapshotNote adopted;

    SnapshotAdmission(LongSupplier nanos, LongSupplier networkTick, LongSupplier caughtUpTick, int settleTicks,
                      RefusalLog refusals) {
        this.settleTicks = settleTicks;
        this.nanos = nanos;
        this.networkTick = networkTick;
        this.caughtUpTick = caughtUpTick;
        this.refusals = refusals;
    }

    /** Where refusals of what neighbours sent are counted and logged. */
    RefusalLog refusals() {
        return refusals;
    }

    /** Whether this peer's state at {@code tick} is complete: since it caught up, or adopted a snapshot. */
    boolean knows(long tick) {
        return !offeredWhileJoining || tick >= Math.min(caughtUpTick.getAsLong(), adoptedTick);
    }

    /**
     * Not yet caught up with the network's time, or offered a snapshot before it had and none
     * adopted since: it may lack history (a peer that runs with the network never is one).
     */
    private boolean joining() {
        return caughtUpTick.getAsLong() == Long.MAX_VALUE || (offeredWhileJoining && adoptedTick == Long.MAX_VALUE);
    }

    /**
     * A neighbour offers its snapshot: asked for, with a query to every other neighbour, unless
     * an ask is outstanding or the tick is outside the span.
     */
    void offered(Link from, SnapshotNote note, boolean synced, Collection<Link> links) {
        if (asking || (synced && !withinSpan(note.tick()))) {
            return;
        }
        asking = true;
        offeredWhileJoining |= caughtUpTick.getAsLong() == Long.MAX_VALUE;
        askedOf = from.peerId();
        offer = note;
        askedAtNanos = nanos.getAsLong();
        answers.clear();
        from.send(SnapshotNote.of(SnapshotNote.ASK, note.tick()));
        for (Link l : links) {
            if (l != from) {
                l.send(SnapshotNote.of(SnapshotNote.QUERY, note.tick()));
            }
        }
    }

    /** Another neighbour's answer for the tick asked; returns the waiting snapshot once agreed, or null. */
    SnapshotMessage answered(Link from, SnapshotNote answer, int linkCount) {
        if (!asking || answer.tick() != offer.tick()) {
            return null;
        }
        if (from.peerId() == askedOf) {
            if (answer.kind() == SnapshotNote.UNKNOWN) {
                clear(); // It no longer holds that snapshot: the next offer starts another ask.
            }
            return null;
        }
        answers.put(from.peerId(), answer);
        return waiting == null ? null : decide(waiting, from, linkCount);
    }

    /** A snapshot arrived on {@code from}: adopt it now, wait for the other neighbours, or drop it. */
    Verdict snapshot(Link from, SnapshotMessage m, boolean synced, int linkCount) {
        String problem = problem(from, m, synced);
        if (problem != null) {
            refusals.refused("dropped a snapshot of tick {} from {}: {}", m.tick(), from.describe(), problem);
            if (asking && from.peerId() == askedOf) {
                clear();
            }
            return Verdict.DROP;
        }
        waiting = m;
        return decide(m, from, linkCount) == m ? Verdict.ADOPT : waiting == null ? Verdict.DROP : Verdict.WAIT;
    }

    private SnapshotMessage decide(SnapshotMessage m, Link from, int linkCount) {
        Verdict v = verdict(linkCount, false);
        if (v == Verdict.WAIT) {
            return null;
        }
        clear();
        if (v == Verdict.DROP) {
            refusals.refused("dropped the snapshot of tick {} from peer {}: not confirmed by the other neighbours"
                    + " (or, for a peer that runs with the network, by none)", m.tick(), Long.toUnsignedString(askedOf));
            return null;
        }
        adopted(m);
        return m;
    }

    private void adopted(SnapshotMessage m) {
        adopted = offer;
        adoptedTick = m.tick();
    }

    /** The event count of the snapshot last adopted, as offered and agreed. */
    long adoptedCount() {
        return adopted.eventCount();
    }

    /** The event digest of the snapshot last adopted. */
    long adoptedDigest() {
        return adopted.eventDigest();
    }

    /** Whether {@code m} is the snapshot asked of {@code from} (whatever the others say of it). */
    boolean askedFor(Link from, SnapshotMessage m) {
        return asking && from.peerId() == askedOf && m.tick() == offer.tick() && StateHash.of(m.region()) == offer.hash();
    }

    /** Forgets the ask (its snapshot was found to lack this peer's own events: a fork). */
    void forget() {
        clear();
    }

    private String problem(Link from, SnapshotMessage m, boolean synced) {
        if (!asking || from.peerId() != askedOf || m.tick() != offer.tick()) {
            return "not asked for";
        }
        if (!synced || !withinSpan(m.tick())) {
            return "outside this peer's span (settled ticks 1.." + (networkTick.getAsLong() - settleTicks) + ")";
        }
        if (StateHash.of(m.region()) != offer.hash()) {
            return "not the state it offered";
        }
        return null;
    }

    /**
     * Adopt when more neighbours that know report the offered state than another; drop when
     * more report another, or every one has answered without a majority; with none that knows
     * (a single neighbour, or all answered UNKNOWN, or at the deadline all silent), a joiner
     * adopts and any other peer drops.
     */
    private Verdict verdict(int linkCount, boolean deadline) {
        int agree = 0;
        int disagree = 0;
        for (SnapshotNote a : answers.values()) {
            if (a.kind() == SnapshotNote.ANSWER) {
                if (a.sameStateAs(offer)) {
                    agree++;
                } else {
                    disagree++;
                }
            }
        }
        if (agree > disagree) {
            return Verdict.ADOPT;
        }
        if (disagree > 0) {
            return deadline || answers.size() >= linkCount - 1 ? Verdict.DROP : Verdict.WAIT;
        }
        // No one else knows: a joiner still waits a while for neighbours that come up and know.
        boolean waited = nanos.getAsLong() - askedAtNanos >= Limits.SNAPSHOT_SINGLE_WORD_WAIT_SECONDS * 1_000_000_000L;
        if (deadline || (waited && answers.size() >= linkCount - 1)) {
            return joining() ? Verdict.ADOPT : Verdict.DROP;
        }
        return Verdict.WAIT;
    }

    private boolean withinSpan(long tick) {
        return tick >= 1 && tick <= networkTick.getAsLong() - settleTicks;
    }

    /**
     * Past {@link Limits#SNAPSHOT_ASK_SECONDS} the ask is decided on the answers in: a snapshot
     * waiting is adopted (returned) only if none who knows disagreed; else the ask is forgotten.
     */
    SnapshotMessage expire(int linkCount) {
        if (asking && waiting != null) {
            SnapshotMessage m = waiting;
            SnapshotMessage agreed = decide(m, null, linkCount);
            if (agreed != null || waiting == null) {
                return agreed;
            }
        }
        if (!asking || nanos.getAsLong() - askedAtNanos <= Limits.SNAPSHOT_ASK_SECONDS * 1_000_000_000L) {
            return null;
        }
        SnapshotMessage m = waiting;
        Verdict v = m == null ? Verdict.DROP : verdict(Integer.MAX_VALUE, true);
        clear();
        if (v == Verdict.ADOPT) {
            adopted(m);
            return m;
        }
        if (m != null) {
            refusals.refused("dropped the snapshot of tick {}: other neighbours report another state", m.tick());
        }
        return null;
    }

    /** A link that comes up while an ask is outstanding is queried too. */
    void linkUp(Link link) {
        if (asking && link.peerId() != askedOf) {
            link.send(SnapshotNote.of(SnapshotNote.QUERY, offer.tick()));
        }
    }

    /** The link asked went down: the ask is void. */
    void linkDown(Link link) {
        if (asking && link.peerId() == askedOf) {
            clear();
        }
    }

    private void clear() {
        asking = false;
        waiting = null;
        answers.clear();
    }
}
