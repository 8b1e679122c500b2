package io.symp.wire;

/**
 * What peers say to each other once a link is up. Frames, the handshake and byte layouts are in
 * docs/PROTOCOL.md; these records are what the peer sees, the same over TCP and in the
 * simulator.
 */
public sealed interface Message
        permits EventMessage, EventBatchMessage, SyncMessage, HaveMessage, SnapshotMessage, HashMessage, ForkMessage,
        OriginMessage, SnapshotNote {
}
