package io.symp.peer;

import io.symp.wire.Message;

/**
 * What a transport tells a peer. All calls come on the peer's own thread (the transport hands
 * them over), so the peer never takes a lock.
 */
public interface LinkHandler {
    void linkUp(Link link);

    void linkDown(Link link, String reason);

    void received(Link link, Message message);
}
