package io.symp.embed;

import io.symp.peer.Link;
import io.symp.peer.PeerListener;

/** Turns the peer's internal notifications into {@link SympListener} calls (peer thread). */
final class ListenerBridge implements PeerListener {
    private final SympListener target;

    ListenerBridge(SympListener target) {
        this.target = target;
    }

    @Override
    public void linkUp(Link link) {
        target.linkUp(link.peerId());
    }

    @Override
    public void linkDown(Link link, String reason) {
        target.linkDown(link.peerId(), reason);
    }

    @Override
    public void travelled(long fromTick, long toTick, long snapshotTick) {
        target.rolledBack(fromTick, toTick);
    }

    @Override
    public void divergence(long tick, long ourHash, long theirHash, Link link) {
        target.diverged(tick, ourHash, theirHash, link.peerId());
    }
}
