package io.symp.peer;

import io.symp.app.Event;
import io.symp.core.RateLimitedWarnings;
import io.symp.timeline.Timeline;
import io.symp.wire.EventBatchMessage;
import io.symp.wire.EventMessage;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import io.symp.wire.OriginMessage;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may say what (docs/SECURITY.md): this run's own {@link OriginKey}, the keys of the origins
 * announced to it ({@link OriginKeys}), the signature of every event on its timeline
 * ({@link EventSignatures}), and which origins each link has been told of. An event is sent on a
 * link only after its origin's key ({@link OriginMessage}), and a key only ahead of its events
 * (or this peer's own, on a new link); an event whose signature is not its origin's is refused,
 * with one line a second at most.
 */
final class Signatures {
    private static final Logger log = LoggerFactory.getLogger(Signatures.class);

    private final OriginKey own;
    private final OriginKeys keys;
    private final EventSignatures stored = new EventSignatures();
    private final EventsAwaitingKey awaitingKey = new EventsAwaitingKey(Limits.EVENTS_AWAITING_KEY_MAX);
    private final TreeMap<Long, TreeSet<Long>> announced = new TreeMap<>();
    /** Refused events, a line a second of ticks at most (a simulated peer's log stays deterministic). */
    private final RateLimitedWarnings warnings;
    private final SignatureCheck check;
    private long refused;

    Signatures(OriginKey own, int fps, SignatureCheck check) {
        this.own = own;
        this.keys = new OriginKeys(own, Limits.ORIGIN_KEYS_MAX, check);
        this.warnings = new RateLimitedWarnings(log, fps);
        this.check = check;
    }

    /** The peer id {@code origin} is bound to, or 0 when unknown. */
    long peerOf(long origin) {
        return keys.peerOf(origin);
    }

    /** Events refused: not signed by their origin's key (forged, or altered on the way). */
    long refused() {
        return refused;
    }

    /** The origin of the events an EVENT or EVENTS message carries. */
    static long originOf(Message m) {
        return m instanceof EventBatchMessage b ? b.origin() : ((EventMessage) m).event().origin();
    }

    /** This peer's own new event, signed; its signature kept. */
    EventMessage signOwn(Event e, int leadTicks) {
        byte[] message = MessageCodec.signedBytes(e);
        byte[] sig = own.sign(message);
        // Valid by construction: peers sharing a memo (the simulator's) need not check it again.
        check.signed(own.publicKey(), message, sig);
        EventMessage m = new EventMessage(e, leadTicks, sig);
        stored.put(e.origin(), e.seq(), m.withLead(0));
        return m;
    }

    /** This peer's own new events (2 or more, stamped within one tick), under one signature; kept. */
    EventBatchMessage signOwn(List<Event> events, int leadTicks) {
        byte[] message = MessageCodec.signedBytes(events);
        byte[] sig = own.sign(message);
        check.signed(own.publicKey(), message, sig);
        EventBatchMessage b = new EventBatchMessage(events, leadTicks, sig);
        EventBatchMessage kept = b.withLead(0);
        for (Event e : events) {
            stored.put(e.origin(), e.seq(), kept);
        }
        return b;
    }

    /**
     * A held event as its origin signed it, lead 0 (a repair): its EVENT, or the EVENTS batch it
     * came in; null if its signature is gone.
     */
    Message held(Event e) {
        return stored.get(e.origin(), e.seq());
    }

    /** {@code e} was taken (or took another version's place), signed as {@code signed} carries it. */
    void taken(Event e, Message signed) {
        Message kept = signed instanceof EventBatchMessage b ? b.withLead(0) : ((EventMessage) signed).withLead(0);
        stored.put(e.origin(), e.seq(), kept);
    }

    /** The event left the timeline (folded into a snapshot). */
    void folded(Event e) {
        stored.remove(e.origin(), e.seq());
    }

    /** A snapshot replaced the history: signatures of events gone with it are dropped. */
    void adopted(Timeline timeline) {
        stored.retainOn(timeline);
    }

    /**
     * The origins {@code link} was told, at most {@link Limits#ORIGINS_TOLD_PER_LINK_MAX}: past
     * that it is told again from scratch (a few ORIGIN frames more, never an event unannounced).
     */
    private TreeSet<Long> told(Link link) {
        TreeSet<Long> told = announced.computeIfAbsent(link.peerId(), id -> new TreeSet<>());
        if (told.size() >= Limits.ORIGINS_TOLD_PER_LINK_MAX) {
            told.clear();
        }
        return told;
    }

    /** Sends {@code m} (EVENT or EVENTS) on {@code link}, after its origin's key if the link was not told it yet. */
    void send(Link link, Message m) {
        long origin = originOf(m);
        TreeSet<Long> told = told(link);
        if (!told.contains(origin) && keys.known(origin)) {
            link.send(keys.announcement(origin));
            told.add(origin);
        }
        link.send(m);
    }

    /**
     * Sends a repaired event, after its origin's key once per repair ({@code retold}, the origins
     * told in this one): the neighbour may have let an idle origin's key go when full, or met an
     * event before its key on a link that does not keep order, and dropped it.
     */
    void sendRepair(Link link, Message m, TreeSet<Long> retold) {
        long origin = originOf(m);
        if (keys.known(origin) && retold.add(origin)) {
            link.send(keys.announcement(origin));
            told(link).add(origin);
        }
        link.send(m);
    }

    /** A new link is told this peer's own key at once. */
    void linkUp(Link link) {
        TreeSet<Long> told = new TreeSet<>();
        announced.put(link.peerId(), told);
        link.send(own.announcement());
        told.add(own.origin());
    }

    void linkDown(Link link) {
        announced.remove(link.peerId());
    }

    /**
     * A neighbour's announcement: the key is learnt (checked, bounded), and that neighbour is
     * known to hold it. It is passed on only ahead of its origin's events ({@link #send}), never
     * at once to every link: each key then reaches the peers its events reach, instead of every
     * key every peer, which cost each peer one check and one entry per origin of the whole
     * network, and the network peers × links ORIGIN frames (docs/PERFORMANCE.md, "Simulator scale").
     *
     * @return the events of that origin that came before its key, to be received now
     */
    List<EventsAwaitingKey.Arrival> origin(Link from, OriginMessage m, LongPredicate evictable, long tick) {
        OriginKeys.Learnt learnt = keys.learn(m, evictable);
        if (learnt == OriginKeys.Learnt.NEW || learnt == OriginKeys.Learnt.KNOWN) {
            long origin = OriginKey.originOf(m.publicKey());
            told(from).add(origin);
            return learnt == OriginKeys.Learnt.NEW ? awaitingKey.takeOf(origin) : List.of();
        } else if (learnt == OriginKeys.Learnt.INVALID) {
            warnings.warn(tick, "{} announced an origin key that is not a valid Ed25519 key, or bound to a peer by a"
                    + " signature that does not hold: ignored", from.describe());
        } else if (learnt == OriginKeys.Learnt.FULL) {
            warnings.warn(tick, "{} announced an origin past the {} this peer keeps: its events wait for room",
                    from.describe(), Limits.ORIGIN_KEYS_MAX);
        }
        return List.of();
    }

    /**
     * Whether {@code m} is signed by its origin. Refused (counted, reported) otherwise: a key
     * never announced, or a signature that is not the origin's.
     */
    boolean verify(Link from, EventMessage m, long tick) {
        Event e = m.event();
        if (!keys.known(e.origin())) {
            // Not proof of anything: a link that does not keep order, or a key let go when full.
            // Not held: received again when its key comes, or brought again by a later HAVE round.
            log.debug("event {}:{} from {} before its origin's key: kept until it comes", Long.toHexString(e.origin()),
                    e.seq(), from.describe());
            awaitingKey.add(from, m);
            return false;
        }
        if (!keys.verify(e, m.signature())) {
            refused++;
            warnings.warn(tick, "refused event {}:{} from {}: not signed by its origin's key (forged or altered)",
                    Long.toHexString(e.origin()), e.seq(), from.describe());
            return false;
        }
        return true;
    }

    /**
     * Whether the batch {@code b} is signed by its origin, as {@link #verify} for one event; a
     * refused batch counts each of its events.
     */
    boolean verify(Link from, EventBatchMessage b, long tick) {
        long origin = b.origin();
        if (!keys.known(origin)) {
            log.debug("{} events of {} from {} before their origin's key: kept until it comes", b.events().size(),
                    Long.toHexString(origin), from.describe());
            awaitingKey.add(from, b);
            return false;
        }
        if (!keys.verify(origin, MessageCodec.signedBytes(b.events()), b.signature())) {
            refused += b.events().size();
            warnings.warn(tick, "refused {} events of {} from seq {} from {}: not signed by their origin's key"
                    + " (forged or altered)", b.events().size(), Long.toHexString(origin), b.events().get(0).seq(),
                    from.describe());
            return false;
        }
        return true;
    }
}
