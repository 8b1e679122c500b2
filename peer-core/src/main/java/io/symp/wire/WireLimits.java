package io.symp.wire;

/**
 * Bounds on what a frame may carry. A decoder never allocates more than these allow, whatever
 * lengths an untrusted frame claims; anything beyond is a {@link MalformedFrameException}.
 */
public final class WireLimits {
    private WireLimits() {}

    /** Largest state region a snapshot may carry: the largest app state and its header. */
    public static final int STATE_BYTES_MAX = io.symp.peer.Limits.STATE_BYTES_MAX + io.symp.app.State.HEADER_BYTES;

    /**
     * Room in a frame besides a snapshot's region: its kind, tick and length, and the version
     * vector it carries (LimitsTest encodes the largest snapshot message and checks it fits).
     */
    public static final int FRAME_OVERHEAD_BYTES_MAX = 4 << 20;

    /** Largest frame, length prefix excluded: room for a snapshot of the largest state. */
    public static final int FRAME_BYTES_MAX = STATE_BYTES_MAX + FRAME_OVERHEAD_BYTES_MAX;

    /** Highest sequence number a frame may name (the peer's own bound). */
    public static final long SEQ_MAX = io.symp.peer.Limits.SEQ_MAX;

    /** Origins in one version vector. */
    public static final int ORIGINS_MAX = 65_536;

    /** Sequence numbers held above an origin's watermark, listed in one version vector. */
    public static final int ABOVE_MAX = 65_536;

    /**
     * Sequence numbers held above the watermarks, listed in one version vector in all (its
     * origins together): what a HAVE can make a peer decode and hold, 2 MiB of longs, whatever
     * its size. An honest peer holds no more than its timeline ({@code Limits.TIMELINE_EVENTS_MAX}).
     */
    public static final int ABOVE_TOTAL_MAX = 262_144;

    /** Arguments of one event. */
    public static final int EVENT_ARGS_MAX = 16;

    /** Events in one EVENTS frame, under one signature (the peer's own bound). */
    public static final int BATCH_EVENTS_MAX = io.symp.peer.Limits.EVENT_BATCH_EVENTS_MAX;

    /** An Ed25519 signature (RFC 8032), carried by every EVENT. */
    public static final int SIGNATURE_BYTES = 64;

    /** An Ed25519 public key (RFC 8032), carried by ORIGIN. */
    public static final int PUBLIC_KEY_BYTES = 32;

    /** Bytes of one text or byte-string event argument (the peer's own bound). */
    public static final int ARG_BYTES_MAX = io.symp.peer.Limits.ARG_BYTES_MAX;

    /** Bytes of text (a session name, a refusal reason). */
    public static final int TEXT_BYTES_MAX = 1024;

    /** Largest frame before the handshake completes (HELLO, REFUSE): room for two texts. */
    public static final int HANDSHAKE_FRAME_BYTES_MAX = 4096;
}
