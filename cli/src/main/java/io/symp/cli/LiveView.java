package io.symp.cli;

import io.symp.hash.StateHash;
import io.symp.net.NetworkPeer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One line per peer and one comparing their hashes at one common tick (settled on every peer:
 * the slowest peer's tick less two Δ), redrawn in place when stdout is a terminal (each line cut
 * to its width, so that nothing wraps and the redraw stays in place), printed every few seconds
 * otherwise. Time travel (a rollback) is printed above the view as it happens.
 */
final class LiveView {
    private final PrintWriter out;
    private final boolean terminal;
    private final int width;
    private final List<NetworkPeer> peers;
    private final ConcurrentLinkedQueue<String> notices;
    private final long settleTicks;
    private boolean drawn;

    LiveView(PrintWriter out, boolean terminal, int width, List<NetworkPeer> peers,
             ConcurrentLinkedQueue<String> notices, long settleTicks) {
        this.out = out;
        this.terminal = terminal;
        this.width = width;
        this.peers = peers;
        this.notices = notices;
        this.settleTicks = settleTicks;
    }

    void run(long durationNanos) throws InterruptedException {
        long end = System.nanoTime() + durationNanos;
        int frame = 0;
        while (System.nanoTime() < end) {
            if (terminal || frame % 10 == 0) {
                draw(drawn && terminal);
            } else {
                printNotices();
                out.flush();
            }
            frame++;
            Thread.sleep(500);
        }
        draw(terminal);
    }

    private void draw(boolean overwrite) {
        if (overwrite) {
            out.print("\033[" + (peers.size() + 1) + "A");
        }
        printNotices();
        for (NetworkPeer p : peers) {
            // Without the hash of its current tick: peers at different ticks differ anyway.
            print("peer " + p.id() + "  " + StatusLine.describe(p).replaceFirst("  hash \\w+$", ""));
        }
        print(common());
        drawn = true;
        if (!terminal) {
            out.println();
        }
        out.flush();
    }

    private void printNotices() {
        for (String notice = notices.poll(); notice != null; notice = notices.poll()) {
            print(notice);
        }
    }

    private void print(String line) {
        if (terminal && line.length() >= width) {
            line = line.substring(0, Math.max(1, width - 1));
        }
        out.print((terminal ? "\r\033[K" : "") + line + "\n");
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
