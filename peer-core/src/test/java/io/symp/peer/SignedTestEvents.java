package io.symp.peer;

import io.symp.app.Event;
import io.symp.wire.EventMessage;
import io.symp.wire.MessageCodec;
import io.symp.wire.OriginMessage;

/** Events of made-up origins as a neighbour would relay them: signed by their origin's key. */
final class SignedTestEvents {
    private SignedTestEvents() {}

    /** The key of made-up origin number {@code n} (its origin is the key's, not {@code n}). */
    static OriginKey key(long n) {
        return OriginKey.derived(0x7e57, n);
    }

    static OriginMessage announce(OriginKey key) {
        return new OriginMessage(key.publicKey());
    }

    /** {@code key}'s event, signed, with {@code leadTicks}. */
    static EventMessage signed(OriginKey key, long tick, long seq, int leadTicks, int type, long... args) {
        Event e = new Event(tick, key.origin(), seq, type, args);
        return new EventMessage(e, leadTicks, key.sign(MessageCodec.signedBytes(e)));
    }

    /** {@code e} as it stands, signed by {@code key} (its origin should be the key's). */
    static EventMessage signed(OriginKey key, Event e, int leadTicks) {
        return new EventMessage(e, leadTicks, key.sign(MessageCodec.signedBytes(e)));
    }

    /** {@code events} (2 or more, {@code key}'s) under one signature, with {@code leadTicks}. */
    static io.symp.wire.EventBatchMessage batch(OriginKey key, java.util.List<Event> events, int leadTicks) {
        return new io.symp.wire.EventBatchMessage(events, leadTicks, key.sign(MessageCodec.signedBytes(events)));
    }
}
