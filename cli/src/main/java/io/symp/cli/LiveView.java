package io.symp.cli;

import io.symp.net.NetworkPeer;
import java.io.PrintWriter;
import java.util.List;

/** One line per peer, redrawn in place on a terminal, printed every few seconds otherwise. */
final class LiveView {
    private final PrintWriter out;
    private final boolean terminal;
    private final List<NetworkPeer> peers;

    LiveView(PrintWriter out, boolean terminal, List<NetworkPeer> peers) {
        this.out = out;
        this.terminal = terminal;
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
            out.print((terminal ? "\r\033[K" : "") + "peer " + p.id() + "  " + StatusLine.describe(p) + "\n");
        }
        if (!terminal) {
            out.println();
        }
        out.flush();
    }
}
