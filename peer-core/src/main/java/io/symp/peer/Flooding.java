package io.symp.peer;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.hash.StateHash;
import io.symp.timeline.VersionVector;
import io.symp.travel.TimeMachine;
import io.symp.wire.EventBatchMessage;
import io.symp.wire.EventMessage;
import io.symp.wire.ForkMessage;
import io.symp.wire.HaveMessage;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import io.symp.wire.OriginMessage;
import io.symp.wire.SnapshotMessage;
import io.symp.wire.SnapshotNote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once flooding. An event is taken the first time its (origin, seq) is seen, whatever
 * link it came by, and forwarded to every other neighbour; neighbours exchange what they hold
 * (HAVE) on connect and every sync round, and send each other what the other lacks, within a
 * per-link repair budget and once per resend period ({@link LinkRepair}), or a snapshot when it
 * lacks history that has been folded away and holds nothing of its own that the snapshot lacks.
 * An event that can no longer be applied by every peer is reported as a {@link Fork}.
 *
 * <p>Every event travels signed by its origin ({@link Signatures}); one whose signature is not
 * its origin's is refused before it is taken or forwarded. A copy of a held event is dropped
 * unverified only when it is the same event; a different one under a held (origin, seq), signed
 * by its origin, is an {@link Equivocation}: reported, resolved alike on every peer, sent on.
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
    private final OwnStampRate ownRate;
    private final int fps;
    private final VersionVector held = new VersionVector();
    private final VersionVector folded = new VersionVector();
    private final VersionVector forked = new VersionVector();
    private final VersionVector equivocated = new VersionVector();
    private final Signatures signatures;
    private final TreeMap<Long, Long> highestTickByOrigin = new TreeMap<>();
    private final TreeMap<Long, LinkRepair> repairs = new TreeMap<>();
    private final OwnBatch ownBatch = new OwnBatch();
    private long haveRounds;
    private boolean haveOwed;
    private long highestTickSeen;
    private long forks;
    private long equivocations;
    private int historyEventsMax = Limits.TIMELINE_EVENTS_MAX;
    private Collection<Link> links = List.of();
    private SnapshotAdmission admission;
    private SnapshotNote offer;

    Flooding(Protocol protocol, TimeMachine machine, PeerListener listener, DivergenceWatch watch, int fps,
             OriginKey key, SignatureCheck check) {
        this.signatures = new Signatures(key, fps, check);
        this.rateLimit = new OriginRateLimit(fps, Limits.ORIGIN_EVENTS_PER_SECOND_MAX, Limits.RATE_ORIGINS_MAX);
        this.ownRate = new OwnStampRate(fps, Limits.ORIGIN_EVENTS_PER_SECOND_MAX);
        this.protocol = protocol;
        this.machine = machine;
        this.listener = listener;
        this.watch = watch;
        this.fps = fps;
    }

    VersionVector held() {
        return held;
    }

    /** The peer's links (a live view), to which forks are flooded. */
    void links(Collection<Link> current) {
        links = current;
    }

    /** Decides which snapshots this peer takes (set once, before any link). */
    void admission(SnapshotAdmission a) {
        admission = a;
    }

    /** Bounds the events a spaced history keeps (tests use a small bound to make it fold). */
    void historyEventsMax(int events) {
        historyEventsMax = events;
    }

    /** Events reported as forks (each once). */
    long forks() {
        return forks;
    }

    /** (origin, seq)s reported as an {@link Equivocation} (each once). */
    long equivocations() {
        return equivocations;
    }

    /** The peer id {@code origin} is bound to, or 0 when unknown. */
    long peerOf(long origin) {
        return signatures.peerOf(origin);
    }

    /** Events refused because their signature is not their origin's. */
    long forgeries() {
        return signatures.refused();
    }

    /** The highest event tick seen from anyone (the paper's stamping floor). */
    long highestTickSeen() {
        return highestTickSeen;
    }

    /**
     * The tick to stamp an own event wanted at {@code wantedTick}, within this origin's rate
     * limit, or -1 when it must wait (the limit would put it after {@code latestTick}).
     */
    long ownStampTick(long wantedTick, long latestTick) {
        return protocol == Protocol.SYMP ? ownRate.tickFor(wantedTick, latestTick) : wantedTick;
    }

    /**
     * This peer's own new event, stamped {@code leadTicks} ahead: taken, and sent to every
     * neighbour at once, or with the others of its tick under one signature ({@link OwnBatch}).
     */
    void own(Event e, int leadTicks, Collection<Link> links) {
        held.add(e.origin(), e.seq());
        if (protocol == Protocol.PAPER) {
            highestTickByOrigin.merge(e.origin(), e.tick(), Math::max);
        } else if (ownBatch.shouldWait(machine.tick())) {
            take(e);
            if (ownBatch.add(e, leadTicks)) {
                sendOwnBatch(links);
            }
            return;
        }
        ownBatch.sentAlone(machine.tick());
        EventMessage m = signatures.signOwn(e, leadTicks);
        take(e);
        for (Link l : links) {
            signatures.send(l, m);
        }
    }

    /** Sends the own events that waited for one signature ({@link OwnBatch}); at each advance. */
    void sendOwnBatch(Collection<Link> links) {
        if (ownBatch.isEmpty()) {
            return;
        }
        int lead = ownBatch.leadTicks();
        List<Event> events = ownBatch.take();
        Message m = events.size() == 1 ? signatures.signOwn(events.get(0), lead) : signatures.signOwn(events, lead);
        for (Link l : links) {
            signatures.send(l, m);
        }
    }

    /** A neighbour's announcement of an origin's key; returns the events that waited for it. */
    List<EventsAwaitingKey.Arrival> origin(Link from, OriginMessage m) {
        return signatures.origin(from, m, o -> !machine.timeline().holdsAnyOf(o), machine.tick());
    }

    /**
     * A neighbour's event: taken if new and forwarded, lead and all, to every other neighbour.
     * Under symp only distinct new live events count against their origin's rate limit: not
     * duplicate copies, nor repairs (lead 0), which the sender's repair budget bounds.
     *
     * @return whether it was taken (its first arrival)
     */
    boolean event(Link from, EventMessage m, Collection<Link> links) {
        Event e = m.event();
        if (protocol == Protocol.PAPER) {
            if (!rateLimit.allows(e.origin(), machine.tick())) {
                haveOwed = true;
                return false;
            }
            long highest = highestTickByOrigin.getOrDefault(e.origin(), 0L);
            if (e.tick() <= highest) {
                return false;
            }
            if (held.contains(e.origin(), e.seq()) || !signatures.verify(from, m, machine.tick())) {
                return false;
            }
            highestTickByOrigin.put(e.origin(), e.tick());
            held.add(e.origin(), e.seq());
        } else {
            if (held.contains(e.origin(), e.seq())) {
                duplicate(from, m);
                return false;
            }
            // Verified before the rate limit counts it: forgeries must not spend an honest
            // origin's budget. Once per peer: later copies of the same event are dropped above
            // (and one put off by the rate limit is known valid when it comes again).
            if (!signatures.verify(from, m, machine.tick())) {
                return false;
            }
            if (m.leadTicks() > 0 && !rateLimit.allows(e.origin(), e.tick())) {
                // Not marked as held: a later HAVE round asks for it again.
                haveOwed = true;
                return false;
            }
            held.add(e.origin(), e.seq());
        }
        signatures.taken(e, m);
        take(e);
        relay(from, m, m.leadTicks(), e.tick(), links);
        return true;
    }

    /**
     * Sends {@code m} on to every link but {@code from}; a repair ({@code lead} 0) also moves
     * {@code from}'s repair frontier to {@code newestTick}, the newest tick it brought.
     */
    private void relay(Link from, Message m, int lead, long newestTick, Collection<Link> links) {
        LinkRepair r = lead == 0 ? repairs.get(from.peerId()) : null;
        if (r != null) {
            r.repairedUpToTick = Math.max(r.repairedUpToTick, newestTick);
        }
        for (Link l : links) {
            if (l != from) {
                signatures.send(l, m);
            }
        }
    }

    /**
     * A neighbour's EVENTS: nothing is checked when every event is one held already; otherwise
     * its one signature is, then each event is taken as {@link #event} takes one (new ones
     * within the rate limit; another version of a held one is an equivocation), and the batch
     * goes on whole, lead and all, when any was new. Only symp sends batches.
     *
     * @return the events taken (their first arrival)
     */
    List<Event> batch(Link from, EventBatchMessage b, Collection<Link> links) {
        if (protocol != Protocol.SYMP || !newOrOther(b)) {
            return List.of();
        }
        if (!signatures.verify(from, b, machine.tick())) {
            return List.of();
        }
        List<Event> taken = new ArrayList<>();
        EventBatchMessage kept = b.withLead(0);
        for (int i = 0; i < b.events().size(); i++) {
            Event e = b.events().get(i);
            if (held.contains(e.origin(), e.seq())) {
                Event mine = machine.timeline().get(e.origin(), e.seq());
                Message mineSigned = mine == null || mine.equals(e) ? null : signatures.held(mine);
                if (mineSigned != null) {
                    equivocation(from, mine, mineSigned, e, kept);
                }
                continue;
            }
            if (b.leadOf(i) > 0 && !rateLimit.allows(e.origin(), e.tick())) {
                haveOwed = true;
                continue;
            }
            held.add(e.origin(), e.seq());
            signatures.taken(e, kept);
            take(e);
            taken.add(e);
        }
        if (!taken.isEmpty()) {
            relay(from, b, b.leadTicks(), taken.get(taken.size() - 1).tick(), links);
        }
        return taken;
    }

    /** Whether {@code b} holds an event not held, or another version of one held. */
    private boolean newOrOther(EventBatchMessage b) {
        for (Event e : b.events()) {
            if (!held.contains(e.origin(), e.seq())) {
                return true;
            }
            Event mine = machine.timeline().get(e.origin(), e.seq());
            if (mine != null && !mine.equals(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy of an event held under its (origin, seq): dropped when it is the same event (or
     * the held one is folded away); verified otherwise, and if its origin signed it, an
     * equivocation.
     */
    private void duplicate(Link from, EventMessage m) {
        Event e = m.event();
        Event mine = machine.timeline().get(e.origin(), e.seq());
        if (protocol != Protocol.SYMP || mine == null || mine.equals(e)) {
            return;
        }
        Message kept = signatures.held(mine);
        if (kept == null || !signatures.verify(from, m, machine.tick())) {
            return;
        }
        equivocation(from, mine, kept, e, m.withLead(0));
    }

    /**
     * Two versions of one (origin, seq), both signed by the origin. The one whose signed bytes
     * sort first is applied (in the other's place if need be), on every peer alike; the first
     * time, both go to every neighbour, so that every peer meets both whichever it held; later,
     * only a version that took another's place goes on, and a neighbour that sent a losing
     * version is sent the winner.
     */
    private void equivocation(Link from, Event mine, Message kept, Event theirs, Message theirsSigned) {
        boolean theirsWins = Arrays.compareUnsigned(MessageCodec.signedBytes(theirs),
                MessageCodec.signedBytes(mine)) < 0;
        boolean first = equivocated.add(theirs.origin(), theirs.seq());
        if (theirsWins && !replace(theirs, theirsSigned)) {
            return;
        }
        Message winner = theirsWins ? theirsSigned : kept;
        if (first) {
            equivocations++;
            Event won = theirsWins ? theirs : mine;
            Equivocation q = new Equivocation(theirs.origin(), theirs.seq(), signatures.peerOf(theirs.origin()),
                    won.tick(), "applying " + won + ", never " + (theirsWins ? mine : theirs) + " (met from "
                    + from.describe() + ")");
            log.error(q.describe());
            listener.equivocation(q);
            for (Link l : links) {
                signatures.send(l, kept);
                signatures.send(l, theirsSigned);
            }
        } else if (theirsWins) {
            for (Link l : links) {
                if (l != from) {
                    signatures.send(l, winner);
                }
            }
        } else {
            signatures.send(from, kept);
        }
    }

    /** Puts {@code winner} in the place of the version held; false (a fork) if its history is folded. */
    private boolean replace(Event e, Message winner) {
        long atTick = machine.tick();
        TimeMachine.Acceptance a = machine.accept(e);
        if (a == TimeMachine.Acceptance.TOO_OLD) {
            fork(Fork.of(e, "an equivocation of its origin was resolved after its history was folded here"));
            return false;
        }
        signatures.taken(e, winner);
        listener.eventAccepted(e, atTick, a == TimeMachine.Acceptance.LATE);
        return true;
    }

    /**
     * The newest tick up to which every neighbour whose last HAVE listed events this peer lacks
     * has repaired them (repair comes oldest first); {@code Long.MAX_VALUE} when none owes any.
     */
    long repairFrontierTick() {
        long frontier = Long.MAX_VALUE;
        for (LinkRepair r : repairs.values()) {
            if (r.owesHistory(held.count())) {
                frontier = Math.min(frontier, r.repairedUpToTick);
            }
        }
        return frontier;
    }

    void linkUp(Link link) {
        if (protocol == Protocol.PAPER) {
            signatures.linkUp(link);
            for (Event e : machine.timeline().all()) {
                Message m = signatures.held(e);
                if (m != null) {
                    signatures.send(link, m);
                }
            }
        } else {
            signatures.linkUp(link);
            NavigableSet<Event> all = machine.timeline().all();
            long newest = all.isEmpty() ? Long.MIN_VALUE : all.last().tick();
            repairs.put(link.peerId(),
                    new LinkRepair(Limits.REPAIR_BYTES_PER_SECOND, fps, machine.tick(), held.copy(), newest));
            sendHave(link);
            admission.linkUp(link);
        }
    }

    void linkDown(Link link) {
        repairs.remove(link.peerId());
        signatures.linkDown(link);
        admission.linkDown(link);
    }

    void sendHave(Link link) {
        LinkRepair r = repairs.get(link.peerId());
        if (protocol == Protocol.SYMP && r != null) {
            link.send(new HaveMessage(held.copy(), machine.tick()));
            r.haveSentAtCount = held.count();
        }
    }

    /**
     * The periodic HAVEs: to each link when this peer took events since its last HAVE there; to
     * all of them now and then regardless (anything lost in flight is repaired), and at once
     * after events were put off by the rate limit.
     */
    void haveRound(Collection<Link> links) {
        haveRounds++;
        SnapshotMessage agreed = admission.expire(links.size());
        if (agreed != null) {
            adoptAgreed(agreed);
        }
        boolean keepalive = haveRounds % Limits.HAVE_ROUNDS_PER_KEEPALIVE == 0 || haveOwed;
        haveOwed = false;
        for (Link link : links) {
            LinkRepair r = repairs.get(link.peerId());
            if (keepalive || (r != null && r.haveSentAtCount != held.count())) {
                sendHave(link);
            }
            if (r != null && r.owed != null) {
                r.refill(machine.tick());
                repair(link, r, r.owed, r.owedTick);
            }
        }
    }

    /**
     * Sends {@code link} what its HAVE says it lacks and was not sent it lately, oldest first,
     * within its repair budget; asks for what it holds that we lack, unless our last HAVE to it
     * already says all we hold (so two peers that both lack events never ping-pong).
     */
    void have(Link link, HaveMessage m, long nowNanos) {
        LinkRepair r = repairs.get(link.peerId());
        if (protocol != Protocol.SYMP || r == null) {
            return;
        }
        if (!r.allowsHave(nowNanos)) {
            // Past the rate an honest neighbour needs: dropped (its next HAVE, or what is owed, follows).
            admission.refusals().refused("dropped a HAVE from {}: more than {} a second",
                    link.describe(), Limits.HAVES_PER_LINK_PER_SECOND_MAX);
            return;
        }
        r.refill(machine.tick());
        boolean lacking = !dominates(held, m.held()) || !containsAbove(held, m.held());
        // History owed, not just the few events in flight that every live HAVE lists.
        r.theyHoldMore = lacking && m.held().count() - held.count() > Limits.CATCH_UP_REPAIR_EVENTS_MIN;
        r.haveReceived(lacking, m.held().count());
        if (lacking && r.haveSentAtCount != held.count()) {
            sendHave(link);
        }
        if (lacksFoldedHistory(m.held()) && r.mayRepair()) {
            // Offered, not sent: the neighbour asks for it (SnapshotNote), and checks it.
            SnapshotNote o = offer();
            link.send(o);
            r.spent(MessageCodec.size(o));
        }
        repair(link, r, m.held(), m.tick());
    }

    /**
     * Sends what {@code theirs} lacks, oldest first, skipping what was sent lately and, to a
     * neighbour that keeps time with us, events after {@code theirTick} (stamped ahead, most
     * likely in flight to it now: a lost one is repaired once its tick has passed), within the
     * link's budget. What the budget cut is
     * owed: sent at the next HAVE round without waiting to be asked again.
     */
    private void repair(Link link, LinkRepair r, VersionVector theirs, long theirTick) {
        r.owed = null;
        boolean live = theirTick >= machine.tick() - fps;
        java.util.TreeSet<Long> retold = new java.util.TreeSet<>();
        // An event of a batch goes with its whole batch, once per answer (its one signature).
        java.util.Set<Message> sent = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Event e : machine.timeline().missingFrom(theirs, r.sentRecently(), Limits.REPAIR_EVENTS_PER_HAVE_MAX)) {
            if (live && r.inFlightMaybe(e.origin(), e.seq(), e.tick(), theirTick)) {
                continue;
            }
            if (!r.mayRepair()) {
                r.owed = theirs;
                r.owedTick = theirTick;
                break;
            }
            Message em = signatures.held(e);
            if (em == null || !sent.add(em)) {
                continue;
            }
            signatures.sendRepair(link, em, retold);
            r.spent(MessageCodec.size(em));
            if (em instanceof EventBatchMessage b) {
                for (Event sibling : b.events()) {
                    r.sent(sibling.origin(), sibling.seq(), 0);
                }
            } else {
                r.sent(e.origin(), e.seq(), 0);
            }
        }
    }

    /**
     * A snapshot from a neighbour: taken only as {@link SnapshotAdmission} decides (asked for,
     * within this peer's span, agreed by the other neighbours), then adopted only when it holds
     * history this peer lacks and this peer holds nothing the snapshot should contain but does
     * not (its own or others' events at or before its tick, or folded history of its own).
     * Otherwise those events are a fork.
     */
    void snapshot(Link link, SnapshotMessage m, boolean synced) {
        if (m.region().length != machine.state().region().length) {
            link.close("snapshot of " + m.region().length + " bytes, expected " + machine.state().region().length);
            return;
        }
        if (protocol != Protocol.SYMP) {
            return;
        }
        if (admission.askedFor(link, m) && !dominates(held, m.covered()) && reportUncovered(m, false)) {
            admission.forget();
            return;
        }
        if (admission.snapshot(link, m, synced, links.size()) == SnapshotAdmission.Verdict.ADOPT) {
            adoptAgreed(m);
        }
    }

    /**
     * Reports as forks what this peer holds that {@code m} should contain and lacks; whether any.
     * Without {@code timelineToo}, only the history it folded: the fork of two sides that both
     * folded their history apart, which only the snapshot shows (neither can send the other its
     * folded events), reported whatever the other neighbours say of it. Events this peer still
     * holds that a snapshot lacks are no alarm on one neighbour's word (a forged snapshot, or one
     * whose offerer missed events in flight): they go to the offerer by repair, and where its
     * history is really folded without them it meets them as older than its oldest snapshot and
     * reports the fork itself.
     */
    private boolean reportUncovered(SnapshotMessage m, boolean timelineToo) {
        List<Fork> uncovered = uncoveredBy(m, timelineToo);
        for (Fork f : uncovered) {
            fork(f);
        }
        return !uncovered.isEmpty();
    }

    /**
     * A note about a snapshot: an offer or an answer for this peer as a joiner, or an ask or a
     * query for this peer to serve, within the link's repair budget (each costs the state's size).
     */
    void note(Link link, SnapshotNote n, boolean synced) {
        if (protocol != Protocol.SYMP) {
            return;
        }
        switch (n.kind()) {
            case SnapshotNote.OFFER -> admission.offered(link, n, synced, links);
            case SnapshotNote.ASK -> serveAsk(link, n.tick());
            case SnapshotNote.QUERY -> serveQuery(link, n.tick());
            default -> {
                SnapshotMessage agreed = admission.answered(link, n, links.size());
                if (agreed != null) {
                    adoptAgreed(agreed);
                }
            }
        }
    }

    /** The offer of this peer's oldest snapshot (computed once per oldest tick). */
    private SnapshotNote offer() {
        long oldest = machine.snapshots().oldestTick();
        if (offer == null || offer.tick() != oldest) {
            long[] digest = watch.digestAt(oldest);
            offer = new SnapshotNote(SnapshotNote.OFFER, oldest, StateHash.of(machine.snapshots().bytes(oldest)),
                    digest[0], digest[1]);
        }
        return offer;
    }

    /**
     * Sends the snapshot asked for, once per link and tick, if this peer still holds it (what it
     * contains: the folded history and the events up to its tick), or says it no longer does.
     */
    private void serveAsk(Link link, long tick) {
        LinkRepair r = repairs.get(link.peerId());
        if (r == null || r.snapshotSentTick == tick) {
            return;
        }
        r.refill(machine.tick());
        if (!r.mayRepair()) {
            return;
        }
        long oldest = machine.snapshots().oldestTick();
        if (tick < oldest || machine.snapshots().newestAtOrBefore(tick) != tick) {
            link.send(SnapshotNote.of(SnapshotNote.UNKNOWN, tick));
            return;
        }
        VersionVector covered = folded.copy();
        for (Event e : machine.timeline().between(oldest + 1, tick)) {
            covered.add(e.origin(), e.seq());
        }
        SnapshotMessage s = new SnapshotMessage(tick, machine.snapshots().bytes(tick).clone(), covered);
        link.send(s);
        r.sentSnapshot(tick, s.region().length);
    }

    /** Answers a joiner's query with this peer's state at {@code tick}, or UNKNOWN when it cannot tell. */
    private void serveQuery(Link link, long tick) {
        LinkRepair r = repairs.get(link.peerId());
        if (r == null) {
            return;
        }
        r.refill(machine.tick());
        if (!r.mayRepair()) {
            return;
        }
        r.spent(machine.state().region().length);
        if (!admission.knows(tick) || tick < machine.snapshots().oldestTick() || tick > machine.tick()) {
            link.send(SnapshotNote.of(SnapshotNote.UNKNOWN, tick));
            return;
        }
        State scratch = new State(machine.state().size());
        machine.replay(tick, tick, scratch, (t, st) -> true);
        long[] digest = watch.digestAt(tick);
        link.send(new SnapshotNote(SnapshotNote.ANSWER, tick, scratch.hash(), digest[0], digest[1]));
    }

    private void adoptAgreed(SnapshotMessage m) {
        if (dominates(held, m.covered())) {
            return;
        }
        if (reportUncovered(m, true)) {
            return;
        }
        machine.adopt(m.tick(), m.region());
        signatures.adopted(machine.timeline());
        watch.adopted(admission.adoptedCount(), admission.adoptedDigest());
        held.merge(m.covered());
        folded.merge(m.covered());
        listener.snapshotAdopted(m.tick());
    }

    /**
     * What this peer holds that the snapshot {@code m} should contain and does not: its folded
     * history, and with {@code timelineToo} the events it holds up to the snapshot's tick.
     */
    private List<Fork> uncoveredBy(SnapshotMessage m, boolean timelineToo) {
        String reason = "the snapshot of tick " + m.tick() + " that the network folded its history into lacks it";
        List<Fork> out = new ArrayList<>();
        for (Event e : timelineToo ? machine.timeline().between(1, m.tick()) : List.<Event>of()) {
            if (!m.covered().contains(e.origin(), e.seq())) {
                out.add(Fork.of(e, reason));
            }
        }
        for (long origin : folded.origins()) {
            long theirs = m.covered().watermark(origin);
            long mine = folded.watermark(origin);
            if (mine > theirs) {
                out.add(new Fork(origin, theirs + 1, mine, 0, reason));
            }
        }
        return out;
    }

    /** Folds history older than the snapshot ring reaches (or a spaced history keeps) into its oldest snapshot. */
    void fold() {
        long oldest = machine.trimHistory(historyEventsMax);
        if (oldest <= 0) {
            return;
        }
        for (Event e : machine.timeline().between(1, oldest)) {
            // Exactly the events folded: an origin's earlier seqs may be missing here (a fork).
            folded.add(e.origin(), e.seq());
            watch.folding(e);
            signatures.folded(e);
        }
        machine.fold();
        retireFoldedOrigins();
    }

    /** Origins whose every held event is folded are no longer listed (they stay held). */
    private void retireFoldedOrigins() {
        for (long origin : folded.origins()) {
            if (!machine.timeline().holdsAnyOf(origin) && folded.aboveCount(origin) == 0
                    && held.aboveCount(origin) == 0 && held.watermark(origin) == folded.watermark(origin)) {
                held.retire(origin, Limits.RETIRED_ORIGINS_MAX);
                folded.retire(origin, Limits.RETIRED_ORIGINS_MAX);
            }
        }
    }

    private void take(Event e) {
        long atTick = machine.tick();
        highestTickSeen = Math.max(highestTickSeen, e.tick());
        TimeMachine.Acceptance a = machine.accept(e);
        if (a == TimeMachine.Acceptance.TOO_OLD) {
            String reason = "tick " + e.tick() + " is older than the oldest snapshot (tick "
                    + machine.snapshots().oldestTick() + "): the history it needs has been folded";
            if (protocol == Protocol.SYMP) {
                fork(Fork.of(e, "its history has been folded here through tick " + machine.snapshots().oldestTick()));
            } else {
                log.warn("refused event {}:{}: {}", Long.toHexString(e.origin()), e.seq(), reason);
            }
            listener.eventRefused(e, reason);
            signatures.folded(e);
        } else {
            watch.taken(e);
            listener.eventAccepted(e, atTick, a == TimeMachine.Acceptance.LATE);
        }
    }

    /** A neighbour's fork report: reported here too (once), and flooded on. */
    void fork(Link from, ForkMessage m) {
        if (protocol == Protocol.SYMP) {
            fork(new Fork(m.origin(), m.fromSeq(), m.toSeq(), m.tick(), "reported by " + from.describe()));
        }
    }

    /**
     * Reports {@code f} once (by its first event): a log line, the counter and the listeners,
     * and floods it so that every peer reports it, not only those that met the events.
     */
    private void fork(Fork f) {
        if (!forked.add(f.origin(), f.fromSeq())) {
            return;
        }
        forks += f.count();
        log.error(f.describe());
        listener.fork(f);
        ForkMessage m = new ForkMessage(f.origin(), f.fromSeq(), f.toSeq(), f.tick());
        for (Link l : links) {
            l.send(m);
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
            if (theirs.aboveCount(origin) == 0) {
                continue;
            }
            for (long seq : theirs.above(origin)) {
                if (!mine.contains(origin, seq)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean dominates(VersionVector mine, VersionVector covered) {
        return mine.watermarksCover(covered);
    }
}
