package io.symp.peer;

import io.symp.wire.Message;

/**
 * A live, handshaken connection to one neighbour, as the peer sees it. Implemented by the TCP
 * transport and by the simulator; the peer cannot tell them apart.
 */
public interface Link {
    /** The neighbour's 64-bit peer id, learnt in the handshake. */
    long peerId();

    /** Queues {@code message} for the neighbour; never blocks the peer's thread. */
    void send(Message message);

    /** Closes the link, telling the neighbour why where the transport can. */
    void close(String reason);

    /** For logs and tools, e.g. {@code 127.0.0.1:7001} or {@code sim:3}. */
    String describe();
}
