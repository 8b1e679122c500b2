package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import io.symp.peer.Limits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionLimiterTest {
    private final ConnectionLimiter limiter = new ConnectionLimiter();

    @Test
    void shouldRefuseAnAddressPastItsShare() {
        for (int i = 0; i < Limits.PENDING_HANDSHAKES_PER_ADDRESS_MAX; i++) {
            assertTrue(limiter.admit(new EmbeddedChannel(), "10.0.0.1"));
        }
        assertFalse(limiter.admit(new EmbeddedChannel(), "10.0.0.1"));
        assertTrue(limiter.admit(new EmbeddedChannel(), "10.0.0.2"), "another address still gets in");
    }

    @Test
    void shouldMakeRoomFromTheBusiestAddressAndCountBackToZero() {
        List<Channel> admitted = new ArrayList<>();
        for (int a = 0; admitted.size() < Limits.PENDING_HANDSHAKES_MAX; a++) {
            for (int i = 0; i < Limits.PENDING_HANDSHAKES_PER_ADDRESS_MAX && admitted.size() < Limits.PENDING_HANDSHAKES_MAX; i++) {
                Channel ch = new EmbeddedChannel();
                assertTrue(limiter.admit(ch, "10.0." + a + ".1"));
                admitted.add(ch);
            }
        }
        Channel honest = new EmbeddedChannel();
        assertTrue(limiter.admit(honest, "192.168.1.1"), "a new address evicts the busiest's oldest");
        assertFalse(admitted.get(0).isOpen(), "the oldest of the busiest address was closed");
        assertEquals(Limits.PENDING_HANDSHAKES_MAX, limiter.pending());
        // Everyone finishes (or closes): the count returns to zero, nothing orphaned.
        limiter.done(honest, "192.168.1.1");
        for (int i = 0; i < admitted.size(); i++) {
            limiter.done(admitted.get(i), "10.0." + (i / Limits.PENDING_HANDSHAKES_PER_ADDRESS_MAX) + ".1");
        }
        assertEquals(0, limiter.pending());
    }
}
