package io.symp.net;

import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** One line for what went wrong on a connection, naming the likely cause of TLS failures. */
final class TlsFailures {
    /** A handshake that did not finish in time: a loaded machine or a silent stranger, not a mismatch. */
    static final String HANDSHAKE_TIMED_OUT = "TLS handshake failed: timed out";

    private TlsFailures() {}

    static String describe(Throwable cause) {
        Throwable c = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (c instanceof java.nio.channels.ClosedChannelException) {
            return "connection closed";
        }
        if (c instanceof NotSslRecordException) {
            return "TLS handshake failed: not TLS (a peer of protocol version 3 or older, or not a symp peer)";
        }
        if (c instanceof SslHandshakeTimeoutException) {
            return HANDSHAKE_TIMED_OUT;
        }
        if (c instanceof SSLHandshakeException) {
            String why = why(c);
            return "TLS handshake failed: " + why + (why != null && why.contains("secret") ? "" : " (another session secret, or none?)");
        }
        if (c instanceof SSLException) {
            return "TLS record failed authentication (bytes altered on the way?): " + c.getMessage();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    /** Our trust manager's reason if it refused the other side, else the deepest message. */
    private static String why(Throwable t) {
        String deepest = t.getMessage();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.security.cert.CertificateException) {
                return c.getMessage();
            }
            deepest = c.getMessage() != null ? c.getMessage() : deepest;
        }
        return deepest;
    }
}
