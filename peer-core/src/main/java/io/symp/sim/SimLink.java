package io.symp.sim;

import io.symp.peer.Link;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;

/**
 * One end of a simulated connection, as its peer sees it. Messages arrive after a sampled
 * latency but, on ordered links, never overtake an earlier one in the same direction (TCP is
 * FIFO; unordered links model UDP or several paths); they are
 * counted in messages and encoded bytes. Closing either end closes both and drops whatever is
 * still in flight, like a reset connection.
 */
final class SimLink implements Link {
    private final SimNetwork network;
    private final SimPeer owner;
    private final SimPeer remote;
    private final Latency latency;
    private SimLink other;
    private long lastArrivalNanos;
    private boolean open = true;

    private SimLink(SimNetwork network, SimPeer owner, SimPeer remote, Latency latency) {
        this.network = network;
        this.owner = owner;
        this.remote = remote;
        this.latency = latency;
    }

    /** Both ends of a new connection between {@code a} and {@code b}. */
    static SimLink[] pair(SimNetwork network, SimPeer a, SimPeer b, Latency latency) {
        SimLink ab = new SimLink(network, a, b, latency);
        SimLink ba = new SimLink(network, b, a, latency);
        ab.other = ba;
        ba.other = ab;
        return new SimLink[] {ab, ba};
    }

    @Override
    public long peerId() {
        return remote.id();
    }

    SimPeer owner() {
        return owner;
    }

    /** The peer at the other end. */
    SimPeer remote() {
        return remote;
    }

    boolean isOpen() {
        return open;
    }

    @Override
    public void send(Message message) {
        if (!open) {
            return;
        }
        network.counted(MessageCodec.size(message));
        long arrival = network.scheduler().now() + latency.sampleNanos(network.random());
        if (network.orderedLinks()) {
            arrival = Math.max(arrival, lastArrivalNanos);
            lastArrivalNanos = arrival;
        }
        SimLink to = other;
        network.scheduler().at(arrival, () -> {
            if (to.open) {
                to.owner.peer().received(to, message);
            }
        });
    }

    @Override
    public void close(String reason) {
        if (!open) {
            return;
        }
        open = false;
        other.open = false;
        owner.linkClosed(this, reason);
        remote.linkClosed(other, reason);
    }

    @Override
    public String describe() {
        return "sim:" + owner.id() + "->" + remote.id();
    }
}
