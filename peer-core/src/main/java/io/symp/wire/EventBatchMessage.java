package io.symp.wire;

import io.symp.app.Event;
import java.util.Arrays;
import java.util.List;

/**
 * Several events of one origin under one signature: what an origin sends when it stamps more
 * than one event within a tick (docs/PROTOCOL.md, EVENTS). A receiver checks one signature for
 * all of them instead of one each, which under load was most of a peer's CPU (five peers in a
 * line offered twice the rate limit: 0.3 ms per event). Relays and repairs pass the batch on
 * whole and unchanged, as its origin signed it; a receiver takes the events of it that are new.
 *
 * @param events    2 to {@link WireLimits#BATCH_EVENTS_MAX} events of one origin, seqs strictly
 *                  increasing, ticks never decreasing
 * @param leadTicks the first event's lead ({@link EventMessage#leadTicks}); every event of the
 *                  batch left its origin at the same moment, so the others' follow from their
 *                  ticks ({@link #leadOf}); not signed
 * @param signature the origin's Ed25519 signature over {@link MessageCodec#signedBytes(List)}
 */
public record EventBatchMessage(List<Event> events, int leadTicks, byte[] signature) implements Message {
    public EventBatchMessage {
        events = List.copyOf(events);
        String problem = problem(events);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (leadTicks < 0) {
            throw new IllegalArgumentException("lead must be >= 0, got " + leadTicks);
        }
        if (signature.length != WireLimits.SIGNATURE_BYTES) {
            throw new IllegalArgumentException("a signature is " + WireLimits.SIGNATURE_BYTES + " bytes, got "
                    + signature.length);
        }
    }

    /** What is wrong with {@code events} as a batch, or null: the decoder's check too. */
    static String problem(List<Event> events) {
        if (events.size() < 2 || events.size() > WireLimits.BATCH_EVENTS_MAX) {
            return "a batch holds 2 to " + WireLimits.BATCH_EVENTS_MAX + " events, not " + events.size();
        }
        Event first = events.get(0);
        for (int i = 1; i < events.size(); i++) {
            Event prev = events.get(i - 1);
            Event e = events.get(i);
            if (e.origin() != first.origin()) {
                return "a batch holds events of one origin";
            }
            if (e.seq() <= prev.seq() || e.tick() < prev.tick()) {
                return "a batch's seqs increase and its ticks never decrease (seq " + prev.seq() + " at tick "
                        + prev.tick() + ", then seq " + e.seq() + " at tick " + e.tick() + ")";
            }
        }
        return null;
    }

    /** The origin of every event of the batch. */
    public long origin() {
        return events.get(0).origin();
    }

    /** The lead of event {@code i}: the first's plus how much later its tick is. */
    public int leadOf(int i) {
        if (leadTicks == 0) {
            return 0;
        }
        long lead = leadTicks + events.get(i).tick() - events.get(0).tick();
        return (int) Math.min(Integer.MAX_VALUE, lead);
    }

    /** The same batch and signature with another lead (0: a repair). */
    public EventBatchMessage withLead(int ticks) {
        return ticks == leadTicks ? this : new EventBatchMessage(events, ticks, signature);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signature itself, for the codec and checks (no copy). */
    byte[] signatureBytes() {
        return signature;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventBatchMessage m && m.events.equals(events) && m.leadTicks == leadTicks
                && Arrays.equals(m.signature, signature);
    }

    @Override
    public int hashCode() {
        return events.hashCode() * 31 + leadTicks + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "EventBatchMessage[" + events.size() + " events of " + Long.toHexString(origin()) + " from seq "
                + events.get(0).seq() + ", lead " + leadTicks + "]";
    }
}
