package io.symp.net;

/**
 * Bytes a peer's transport has put on and taken off the wire since it started, frames,
 * handshakes and length prefixes included, and the rates over the last whole second.
 */
public record Traffic(long bytesSent, long bytesReceived, long sentPerSecond, long receivedPerSecond) {
}
