package io.symp.net;

import io.symp.peer.Limits;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * At most one live link per peer id, decided the same way on both ends so that two links never
 * knock each other off (no flapping). A newcomer for an id already linked is refused, except:
 * a link whose key proves the id replaces one that only claimed it (open sessions); of two links
 * between the same two peers dialled from opposite ends (the same id and the same key, whether
 * the id is proven by that key or only claimed), both ends keep the one dialled by the lower id;
 * a redial replaces a link that has been silent for {@link Limits#LINK_REPLACE_SILENT_MS} (the
 * old one died unnoticed; for a claimed id, only one that was claimed too). Used on the
 * transport's one event loop only.
 */
final class LinkRegistry {
    private final long ownId;
    private final Map<Long, PeerChannelHandler> links = new TreeMap<>();

    LinkRegistry(long ownId) {
        this.ownId = ownId;
    }

    /**
     * Registers {@code newcomer} (closing a link it replaces), or returns why it is refused.
     */
    String claim(PeerChannelHandler newcomer, long nowNanos) {
        long id = newcomer.theirId();
        PeerChannelHandler held = links.get(id);
        if (held == null) {
            if (links.size() >= Limits.LINKS_MAX) {
                return "too many links (" + links.size() + ", at most " + Limits.LINKS_MAX + ")";
            }
            links.put(id, newcomer);
            return null;
        }
        String refusal = refusal(held, newcomer, nowNanos);
        if (refusal != null) {
            return refusal;
        }
        links.put(id, newcomer);
        held.replaced("replaced by a newer link from the same peer");
        return null;
    }

    private String refusal(PeerChannelHandler held, PeerChannelHandler newcomer, long nowNanos) {
        String who = "peer " + Long.toUnsignedString(newcomer.theirId());
        boolean heldSilent = nowNanos - held.lastReadNanos() >= Limits.LINK_REPLACE_SILENT_MS * 1_000_000L;
        if (!newcomer.verified()) {
            if (!held.verified() && crossDialled(held, newcomer)) {
                // The same process (TLS proved the same key) dialled us as we dialled it.
                return lowerDiallerStays(held, newcomer, who);
            }
            // A claim replaces only a claim that went silent (a restarted peer); never a proof.
            return !held.verified() && heldSilent ? null : who + " is already linked (its id is only claimed here)";
        }
        if (!held.verified()) {
            return null;
        }
        if (!Arrays.equals(held.theirKey(), newcomer.theirKey())) {
            return "another key already holds the id of " + who;
        }
        if (held.dialled() != newcomer.dialled()) {
            return lowerDiallerStays(held, newcomer, who);
        }
        return heldSilent ? null : who + " is already linked, and that link is alive";
    }

    /**
     * Two connections between the same two processes, dialled from opposite ends. Each end
     * holds one of them when the other's handshake ends, not always the same one: keeping the
     * first on each end would refuse both, and both ends would redial after the same back-off
     * into the same race.
     */
    private static boolean crossDialled(PeerChannelHandler held, PeerChannelHandler newcomer) {
        return held.dialled() != newcomer.dialled() && Arrays.equals(held.theirKey(), newcomer.theirKey());
    }

    /** Both ends keep the connection dialled by the lower id: null to take the newcomer, or why not. */
    private String lowerDiallerStays(PeerChannelHandler held, PeerChannelHandler newcomer, String who) {
        return diallerId(newcomer) < diallerId(held) ? null
                : who + " is already linked (both sides dialled; the link dialled by the lower id stays)";
    }

    private long diallerId(PeerChannelHandler h) {
        return h.dialled() ? ownId : h.theirId();
    }

    /** Whether a link other than {@code except} is held with the process whose TLS key is {@code key}. */
    boolean linkedWith(byte[] key, PeerChannelHandler except) {
        if (key == null) {
            return false;
        }
        for (PeerChannelHandler h : links.values()) {
            if (h != except && Arrays.equals(h.theirKey(), key)) {
                return true;
            }
        }
        return false;
    }

    /** {@code h} closed: its id is free again (unless a newer link holds it). */
    void release(PeerChannelHandler h) {
        links.remove(h.theirId(), h);
    }

    int size() {
        return links.size();
    }
}
