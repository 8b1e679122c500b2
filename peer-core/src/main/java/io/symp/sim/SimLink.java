package io.symp.sim;

import io.symp.peer.Link;
import io.symp.wire.MalformedFrameException;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import io.symp.wire.WireLimits;
import java.util.ArrayDeque;

/**
 * One end of a simulated connection, as its peer sees it. Every message crosses as bytes: the
 * real codec encodes it on send and decodes it on delivery, and a frame the decoder refuses (or
 * longer than the transport's frame limit) drops the link, as the TCP transport does. Messages
 * arrive after a sampled latency but, on ordered links, never overtake an earlier one in the
 * same direction (TCP is FIFO; unordered links model UDP or several paths). While a partition
 * cuts the link, arrivals wait (TCP retransmits) until the cut ends or the link falls silent
 * and closes. A slow reader takes its time over each frame; what waits behind the frame it is
 * reading is bounded ({@link SimFaults#linkBufferBytes()}), past which the link is reset. Closing either end closes
 * both and drops whatever is still in flight, like a reset connection.
 */
final class SimLink implements Link {
    private final SimNetwork network;
    private final SimPeer owner;
    private final SimPeer remote;
    private final Latency latency;
    private final long openedNanos;
    private SimLink other;
    private long lastArrivalNanos;
    private long readBusyUntilNanos;
    private long unreadBytes;
    private int unreadFrames;
    private final ArrayDeque<byte[]> held = new ArrayDeque<>();
    private boolean open = true;

    private SimLink(SimNetwork network, SimPeer owner, SimPeer remote, Latency latency) {
        this.network = network;
        this.owner = owner;
        this.remote = remote;
        this.latency = latency;
        this.openedNanos = network.scheduler().now();
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
        return remote.runId();
    }

    SimPeer owner() {
        return owner;
    }

    /** The peer at the other end. */
    SimPeer remote() {
        return remote;
    }

    Latency latency() {
        return latency;
    }

    long openedNanos() {
        return openedNanos;
    }

    boolean isOpen() {
        return open;
    }

    @Override
    public void send(Message message) {
        if (!open) {
            return;
        }
        byte[] frame = MessageCodec.encode(message);
        network.counted(frame.length);
        SimLink to = other;
        long arrival = network.scheduler().now() + latency.sampleNanos(network.random());
        if (network.orderedLinks()) {
            arrival = Math.max(arrival, lastArrivalNanos);
            lastArrivalNanos = arrival;
        }
        network.scheduler().at(arrival, () -> to.arrived(frame));
    }

    /** A frame reached this end: wait out a cut, then read it (slowly, for a slow reader). */
    private void arrived(byte[] frame) {
        if (!open) {
            return;
        }
        if (!held.isEmpty() || network.isCut(owner, remote)) {
            held.add(frame);
            return;
        }
        long bytesPerSecond = network.readRate(owner);
        if (bytesPerSecond <= 0) {
            read(frame);
            return;
        }
        // What waits behind the frame being read is bounded, as a socket's buffers are; a
        // single frame, however long, streams through.
        if (unreadFrames > 0 && unreadBytes + frame.length > network.faults().linkBufferBytes()) {
            network.overflowed(other, unreadBytes + frame.length);
            return;
        }
        unreadBytes += frame.length;
        unreadFrames++;
        long start = Math.max(network.scheduler().now(), readBusyUntilNanos);
        readBusyUntilNanos = start + frame.length * 1_000_000_000L / bytesPerSecond;
        network.scheduler().at(readBusyUntilNanos, () -> {
            unreadBytes -= frame.length;
            unreadFrames--;
            read(frame);
        });
    }

    /** The cut this link waited on is over: what arrived meanwhile is read, in order. */
    void cutEnded() {
        if (!open || network.isCut(owner, remote)) {
            return;
        }
        ArrayDeque<byte[]> waiting = new ArrayDeque<>(held);
        held.clear();
        waiting.forEach(this::arrived);
    }

    private void read(byte[] frame) {
        if (!open) {
            return;
        }
        if (frame.length > WireLimits.FRAME_BYTES_MAX) {
            close("TooLongFrameException: frame of " + frame.length + " bytes, above " + WireLimits.FRAME_BYTES_MAX);
            network.refusedFrame();
            return;
        }
        Message m;
        try {
            m = MessageCodec.decode(frame, 0, frame.length);
        } catch (MalformedFrameException e) {
            close("malformed frame: " + e.getMessage());
            network.refusedFrame();
            return;
        }
        owner.received(this, m);
    }

    @Override
    public void close(String reason) {
        if (!open) {
            return;
        }
        open = false;
        other.open = false;
        held.clear();
        other.held.clear();
        owner.linkClosed(this, reason);
        remote.linkClosed(other, reason);
    }

    @Override
    public String describe() {
        return "sim:" + owner.id() + "->" + remote.id();
    }
}
