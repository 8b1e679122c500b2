package io.symp.net;

import io.netty.channel.Channel;
import io.symp.peer.Limits;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounds the connections a peer accepts before they have proven anything: at most
 * {@link Limits#PENDING_HANDSHAKES_PER_ADDRESS_MAX} from one address (more are closed at once),
 * and {@link Limits#PENDING_HANDSHAKES_MAX} in all (past it, the oldest pending connection of the
 * busiest address makes room, so one flooding address cannot starve the others). Handshaken
 * links are counted apart and never evicted. Used on the transport's one event loop only.
 */
final class ConnectionLimiter {
    private final Map<String, ArrayDeque<Channel>> pending = new LinkedHashMap<>();
    private int pendingTotal;
    private long refusedTotal;

    /** Whether {@code ch}, just accepted from {@code address}, may start a handshake. */
    boolean admit(Channel ch, String address) {
        ArrayDeque<Channel> mine = pending.computeIfAbsent(address, a -> new ArrayDeque<>());
        if (mine.size() >= Limits.PENDING_HANDSHAKES_PER_ADDRESS_MAX) {
            refusedTotal++;
            return false;
        }
        if (pendingTotal >= Limits.PENDING_HANDSHAKES_MAX) {
            ArrayDeque<Channel> busiest = busiest();
            if (busiest.size() <= mine.size()) {
                refusedTotal++;
                if (mine.isEmpty()) {
                    pending.remove(address);
                }
                return false;
            }
            Channel evicted = busiest.pollFirst();
            pendingTotal--;
            if (busiest.isEmpty()) {
                pending.values().removeIf(q -> q == busiest);
            }
            refusedTotal++;
            evicted.close();
        }
        mine.addLast(ch);
        pendingTotal++;
        return true;
    }

    /** {@code ch} handshook or closed: it no longer counts as pending. */
    void done(Channel ch, String address) {
        ArrayDeque<Channel> mine = pending.get(address);
        if (mine != null && mine.remove(ch)) {
            pendingTotal--;
            if (mine.isEmpty()) {
                pending.remove(address);
            }
        }
    }

    private ArrayDeque<Channel> busiest() {
        ArrayDeque<Channel> most = null;
        for (ArrayDeque<Channel> q : pending.values()) {
            if (most == null || q.size() > most.size()) {
                most = q;
            }
        }
        return most;
    }

    int pending() {
        return pendingTotal;
    }

    /** Connections closed or refused by these bounds so far. */
    long refused() {
        return refusedTotal;
    }
}
