package io.symp.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EVENT's signature and ORIGIN's key on the wire: exact sizes, every malformed frame refused. */
class SignedMessagesCodecTest {
    private static byte[] random(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void shouldRoundTripSignaturesAndKeysAndRefuseEveryPrefix(long seed) throws MalformedFrameException {
        SplittableRandom r = new SplittableRandom(seed);
        Event e = new Event(1 + r.nextInt(1 << 20), r.nextLong(), 1 + r.nextInt(1000), r.nextInt(4), r.nextLong(), -3);
        Message[] messages = {
            new EventMessage(e, r.nextInt(100), random(r, WireLimits.SIGNATURE_BYTES)),
            new OriginMessage(random(r, WireLimits.PUBLIC_KEY_BYTES)),
            new OriginMessage(random(r, 32), random(r, 32), random(r, 64), random(r, 64)),
        };
        for (Message m : messages) {
            byte[] frame = MessageCodec.encode(m);
            assertEquals(m, MessageCodec.decode(frame, 0, frame.length), "seed " + seed);
            for (int n = 0; n < frame.length; n++) {
                int length = n;
                assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(frame, 0, length),
                        "a frame cut to " + n + " bytes, seed " + seed);
            }
            byte[] longer = Arrays.copyOf(frame, frame.length + 1);
            assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(longer, 0, longer.length));
        }
    }

    @Test
    void shouldCarryTheSignatureAfterTheEventAndLeadAsItsLast64Bytes() {
        byte[] sig = new byte[64];
        Arrays.fill(sig, (byte) 0xA5);
        Event e = new Event(150_000, 0x1234_5678_9abc_def0L, 42, 3);
        byte[] frame = MessageCodec.encode(new EventMessage(e, 25, sig));
        assertArrayEquals(sig, Arrays.copyOfRange(frame, frame.length - 64, frame.length));
        assertEquals(1 + 32 + 1, MessageCodec.size(new OriginMessage(new byte[32])), "kind, key, unbound");
        assertEquals(1 + 32 + 1 + 32 + 64 + 64,
                MessageCodec.size(new OriginMessage(new byte[32], new byte[32], new byte[64], new byte[64])),
                "kind, key, bound: the peer's key and both signatures");
    }

    @Test
    void shouldSignOneCanonicalEncodingOfTheEventWithoutItsLead() {
        Event e = new Event(100, 7, 3, 1, 5, -5);
        byte[] signed = MessageCodec.signedBytes(e);
        assertArrayEquals(signed, MessageCodec.signedBytes(new Event(100, 7, 3, 1, 5, -5)));
        assertTrue(new String(signed, 0, 13, java.nio.charset.StandardCharsets.US_ASCII).equals("symp event v1"));
        Event[] others = {
            new Event(101, 7, 3, 1, 5, -5), new Event(100, 8, 3, 1, 5, -5), new Event(100, 7, 4, 1, 5, -5),
            new Event(100, 7, 3, 2, 5, -5), new Event(100, 7, 3, 1, 6, -5), new Event(100, 7, 3, 1, 5),
        };
        for (Event o : others) {
            assertFalse(Arrays.equals(signed, MessageCodec.signedBytes(o)), o.toString());
        }
        byte[] a = MessageCodec.encode(new EventMessage(e, 0, new byte[64]));
        byte[] b = MessageCodec.encode(new EventMessage(e, 9, new byte[64]));
        assertFalse(Arrays.equals(a, b), "the lead is on the wire, not in what is signed");
    }

    @Test
    void shouldRefuseABindingFlagOtherThanZeroOrOne() {
        byte[] frame = MessageCodec.encode(new OriginMessage(new byte[32]));
        frame[frame.length - 1] = 2;
        assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(frame, 0, frame.length));
    }

    @Test
    void shouldRefuseKeysAndSignaturesOfAnotherSize() {
        assertThrows(IllegalArgumentException.class, () -> new OriginMessage(new byte[31]));
        assertThrows(IllegalArgumentException.class,
                () -> new OriginMessage(new byte[32], new byte[32], new byte[64], new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new EventMessage(new Event(1, 1, 1, 0), 0, new byte[63]));
    }
}
