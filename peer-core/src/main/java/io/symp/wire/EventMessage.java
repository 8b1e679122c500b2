package io.symp.wire;

import io.symp.app.Event;
import java.util.Arrays;

/**
 * One application event, flooded: forwarded to every other neighbour the first time it is seen,
 * with its origin's signature over {@link MessageCodec#signedBytes} (docs/SECURITY.md). Relays
 * pass the signature on unchanged; the lead is not signed (it only feeds Δ estimates).
 *
 * @param event     the event
 * @param leadTicks how far ahead of its emitter's tick it was stamped ({@code tick − emitter's
 *                  tick} at stamping); forwarded copies keep it, so a receiver learns how long
 *                  the event took to reach it (see {@code AutoDelta}); 0 when unknown (events
 *                  resent by HAVE repair, or emitted long before)
 * @param signature the origin's Ed25519 signature, {@link WireLimits#SIGNATURE_BYTES} bytes
 *                  (all zero: unsigned, which no peer accepts)
 */
public record EventMessage(Event event, int leadTicks, byte[] signature) implements Message {
    private static final byte[] UNSIGNED = new byte[WireLimits.SIGNATURE_BYTES];

    public EventMessage {
        if (leadTicks < 0) {
            throw new IllegalArgumentException("lead must be >= 0, got " + leadTicks);
        }
        if (signature.length != WireLimits.SIGNATURE_BYTES) {
            throw new IllegalArgumentException("a signature is " + WireLimits.SIGNATURE_BYTES + " bytes, got "
                    + signature.length);
        }
    }

    /** An unsigned event (tests, tools): no peer takes it. */
    public EventMessage(Event event, int leadTicks) {
        this(event, leadTicks, UNSIGNED);
    }

    /** An unsigned event whose lead is unknown. */
    public EventMessage(Event event) {
        this(event, 0, UNSIGNED);
    }

    /** The same event and signature with another lead (0: a repair). */
    public EventMessage withLead(int ticks) {
        return new EventMessage(event, ticks, signature);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signature itself, for the codec (no copy). */
    byte[] signatureBytes() {
        return signature;
    }

    /** Whether {@code other} is this signature, without copying it. */
    public boolean signedAs(byte[] other) {
        return Arrays.equals(signature, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventMessage m && m.event.equals(event) && m.leadTicks == leadTicks
                && Arrays.equals(m.signature, signature);
    }

    @Override
    public int hashCode() {
        return event.hashCode() * 31 + leadTicks + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "EventMessage[" + event + ", lead " + leadTicks + "]";
    }
}
