package io.symp.net;

/**
 * How a peer's TCP transport behaves.
 *
 * @param session        the session name both sides must share
 * @param secret         the shared secret (null: an open session)
 * @param linkDelayNanos added one-way delay of every outgoing frame (user-space latency injection)
 * @param linkJitterNanos standard deviation of that delay
 * @param seed           seeds the injected jitter
 */
public record TransportConfig(String session, byte[] secret, long linkDelayNanos, long linkJitterNanos, long seed) {
    public static TransportConfig open(String session) {
        return new TransportConfig(session, null, 0, 0, 1);
    }

    public boolean secured() {
        return secret != null;
    }
}
