package io.symp.cli;

import io.symp.hash.StateHash;
import io.symp.net.NetworkPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The demo's live view on stderr: one line per peer and one comparing their hashes at one
 * common tick (settled on every peer: the slowest peer's tick less two Δ). On a terminal it is
 * redrawn in place at the bottom of the screen, sized to it ({@link LiveLines}); elsewhere it is
 * printed every {@link #PLAIN_INTERVAL_NANOS}. Time travel (a rollback) is printed above the
 * view as it happens.
 */
final class LiveView {
    static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final long FRAME_MS = 500;

    private final LiveLines lines;
    private final List<NetworkPeer> peers;
    private final ConcurrentLinkedQueue<String> notices;
    private final long settleTicks;

    LiveView(LiveLines lines, List<NetworkPeer> peers, ConcurrentLinkedQueue<String> notices, long settleTicks) {
        this.lines = lines;
        this.peers = peers;
        this.notices = notices;
        this.settleTicks = settleTicks;
    }

    /** Draws the view for {@code durationNanos}, then leaves its last frame printed. */
    void run(long durationNanos) throws InterruptedException {
        long end = System.nanoTime() + durationNanos;
        try {
            while (System.nanoTime() < end) {
                draw();
                Thread.sleep(FRAME_MS);
            }
            draw();
        } finally {
            lines.closeShowingLast();
        }
    }

    private void draw() {
        for (String notice = notices.poll(); notice != null; notice = notices.poll()) {
            lines.above(notice);
        }
        List<String> frame = new ArrayList<>();
        for (NetworkPeer p : peers) {
            // Without the hash of its current tick: peers at different ticks differ anyway.
            frame.add("peer " + p.id() + "  " + StatusLine.describe(p).replaceFirst("  hash \\w+$", ""));
        }
        frame.add(common());
        lines.show(frame);
    }

    /** The hashes of every peer at one tick all of them have settled. */
    private String common() {
        long slowest = peers.stream().mapToLong(p -> p.call(() -> p.peer().tick())).min().orElse(0);
        long tick = slowest - settleTicks;
        if (tick < 0) {
            return "hashes: waiting for a tick every peer has settled";
        }
        String first = null;
        boolean agree = true;
        for (NetworkPeer p : peers) {
            String hash = StateHash.hex(p.call(() -> p.peer().stateHashAt(tick))).substring(0, 8);
            agree &= first == null || first.equals(hash);
            first = first == null ? hash : first;
        }
        return agree ? "hashes at tick " + tick + ": all " + peers.size() + " peers " + first
                : "hashes at tick " + tick + ": DIFFER";
    }
}
