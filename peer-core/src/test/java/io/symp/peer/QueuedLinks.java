package io.symp.peer;

import io.symp.wire.Message;
import java.util.ArrayDeque;

/**
 * In-memory links between peers for deterministic tests: messages wait in one FIFO queue until
 * the test calls {@link #deliverAll()}, which hands each to the receiving peer.
 */
final class QueuedLinks {
    private record Pending(QueuedLink to, Message message) {}

    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    /** Every message sent, in order, as (sender id, message): for tests that count traffic. */
    final java.util.List<java.util.Map.Entry<Long, Message>> sent = new java.util.ArrayList<>();

    /** Connects {@code a} and {@code b}; returns a's end. */
    QueuedLink connect(Peer a, Peer b) {
        QueuedLink ab = new QueuedLink(b.id(), a);
        QueuedLink ba = new QueuedLink(a.id(), b);
        ab.other = ba;
        ba.other = ab;
        a.linkUp(ab);
        b.linkUp(ba);
        return ab;
    }

    /** Delivers at most {@code max} messages (those they cause included); returns how many. */
    int deliverAtMost(int max) {
        int n = 0;
        while (!queue.isEmpty() && n < max) {
            Pending p = queue.poll();
            n++;
            if (p.to.open) {
                p.to.owner.received(p.to, p.message);
            }
        }
        return n;
    }

    void deliverAll() {
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            if (p.to.open) {
                p.to.owner.received(p.to, p.message);
            }
        }
    }

    final class QueuedLink implements Link {
        private final long remote;
        private final Peer owner;
        private QueuedLink other;
        private boolean open = true;

        QueuedLink(long remote, Peer owner) {
            this.remote = remote;
            this.owner = owner;
        }

        @Override
        public long peerId() {
            return remote;
        }

        @Override
        public void send(Message message) {
            if (open) {
                sent.add(java.util.Map.entry(owner.id(), message));
                queue.add(new Pending(other, message));
            }
        }

        @Override
        public void close(String reason) {
            if (open) {
                open = false;
                other.open = false;
                owner.linkDown(this, reason);
                other.owner.linkDown(other, reason);
            }
        }

        @Override
        public String describe() {
            return "queued:" + Long.toHexString(remote);
        }
    }
}
