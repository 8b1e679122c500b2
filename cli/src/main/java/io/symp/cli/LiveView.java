package io.symp.cli;

import io.symp.net.NetworkPeer;
import java.io.PrintWriter;
import java.util.List;

/**
 * One line per peer, redrawn in place when stdout is a terminal (each line cut to its width, so
 * that nothing wraps and the redraw stays in place), printed every few seconds otherwise.
 */
final class LiveView {
    private final PrintWriter out;
    private final boolean terminal;
    private final int width;
    private final List<NetworkPeer> peers;

    LiveView(PrintWriter out, boolean terminal, int width, List<NetworkPeer> peers) {
        this.out = out;
        this.terminal = terminal;
        this.width = width;
        this.peers = peers;
    }

    void run(long durationNanos) throws InterruptedException {
        long end = System.nanoTime() + durationNanos;
        int frame = 0;
        while (System.nanoTime() < end) {
            if (terminal || frame % 10 == 0) {
                draw(frame > 0 && terminal);
            }
            frame++;
            Thread.sleep(500);
        }
        draw(terminal);
    }

    private void draw(boolean overwrite) {
        if (overwrite) {
            out.print("\033[" + peers.size() + "A");
        }
        for (NetworkPeer p : peers) {
            String line = "peer " + p.id() + "  " + StatusLine.describe(p);
            if (terminal && line.length() >= width) {
                line = line.substring(0, Math.max(1, width - 1));
            }
            out.print((terminal ? "\r\033[K" : "") + line + "\n");
        }
        if (!terminal) {
            out.println();
        }
        out.flush();
    }
}
