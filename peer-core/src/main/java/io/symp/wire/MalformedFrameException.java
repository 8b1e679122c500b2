package io.symp.wire;

/** A frame that cannot be decoded: truncated, oversized, out of bounds or of an unknown kind. */
public final class MalformedFrameException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String reason) {
        super(reason);
    }
}
