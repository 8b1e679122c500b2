package io.symp.net;

import io.symp.core.RateLimitedWarnings;
import io.symp.peer.Peer;
import io.symp.peer.PeerThread;

/** What every connection of one transport shares: computed once, used on its event loop. */
record LinkContext(Peer peer, PeerThread thread, Hello ours, boolean secured, LinkRegistry registry,
                   ConnectionLimiter limiter, RateLimitedWarnings strangers) {
}
