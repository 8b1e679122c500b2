package io.symp.wire;

/**
 * Bounds on what a frame may carry. A decoder never allocates more than these allow, whatever
 * lengths an untrusted frame claims; anything beyond is a {@link MalformedFrameException}.
 */
public final class WireLimits {
    private WireLimits() {}

    /** Largest frame, length prefix excluded: room for a 16 MiB state snapshot. */
    public static final int FRAME_BYTES_MAX = (16 << 20) + 65_536;

    /** Largest state region a snapshot may carry. */
    public static final int STATE_BYTES_MAX = 16 << 20;

    /** Origins in one version vector. */
    public static final int ORIGINS_MAX = 65_536;

    /** Sequence numbers held above an origin's watermark, listed in one version vector. */
    public static final int ABOVE_MAX = 65_536;

    /** Arguments of one event. */
    public static final int EVENT_ARGS_MAX = 16;

    /** Bytes of text (a session name, a refusal reason). */
    public static final int TEXT_BYTES_MAX = 1024;
}
