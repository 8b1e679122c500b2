package io.symp.peer;

import io.symp.wire.Message;

/**
 * A neighbour that a test speaks for by calling {@code Peer.received} itself: what the peer
 * sends it goes nowhere, closing it does nothing.
 */
record DeadEndLink(long peerId, String describe) implements Link {
    @Override
    public void send(Message message) {}

    @Override
    public void close(String reason) {}
}
