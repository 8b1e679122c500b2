/**
 * The TCP transport (Netty): framing, handshake, session secret, latency injection. The only
 * package that imports Netty (ArchitectureTest). docs/PROTOCOL.md specifies the bytes.
 */
package io.symp.net;
