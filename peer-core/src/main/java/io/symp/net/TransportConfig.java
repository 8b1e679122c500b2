package io.symp.net;

/**
 * How a peer's TCP transport behaves.
 *
 * @param session        the session name both sides must share
 * @param secret         the shared secret (null: an open session); only members, who know it,
 *                       can link (docs/SECURITY.md)
 * @param linkDelayNanos added one-way delay of every outgoing frame (user-space latency injection)
 * @param linkJitterNanos standard deviation of that delay
 * @param seed           seeds the injected jitter
 * @param identity       the peer's key pair (null: a new one for this run). With a secret the
 *                       peer id must be the key's; in an open session another id may be
 *                       claimed, and neighbours treat it as such
 */
public record TransportConfig(String session, byte[] secret, long linkDelayNanos, long linkJitterNanos, long seed,
                              PeerIdentity identity) {
    public TransportConfig(String session, byte[] secret, long linkDelayNanos, long linkJitterNanos, long seed) {
        this(session, secret, linkDelayNanos, linkJitterNanos, seed, null);
    }

    public static TransportConfig open(String session) {
        return new TransportConfig(session, null, 0, 0, 1);
    }

    /** A secured session of {@code secret} for the peer holding {@code identity}. */
    public static TransportConfig secured(String session, byte[] secret, PeerIdentity identity) {
        return new TransportConfig(session, secret, 0, 0, 1, identity);
    }

    public boolean secured() {
        return secret != null;
    }

    /** The same, with latency injection. */
    public TransportConfig withLinkDelay(long delayNanos, long jitterNanos) {
        return new TransportConfig(session, secret, delayNanos, jitterNanos, seed, identity);
    }

    /** The same, for the peer holding {@code key}. */
    public TransportConfig withIdentity(PeerIdentity key) {
        return new TransportConfig(session, secret, linkDelayNanos, linkJitterNanos, seed, key);
    }
}
