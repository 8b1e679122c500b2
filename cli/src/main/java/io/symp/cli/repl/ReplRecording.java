package io.symp.cli.repl;

import io.symp.net.NetworkPeer;
import io.symp.record.LogHeader;
import io.symp.record.Recorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The REPL's {@code record start FILE} / {@code record stop}: at most one log at a time, attached
 * to and detached from the live peer on its own thread, so the recorder never sees half a tick.
 * A file that exists is never replaced: a session must not lose an earlier recording.
 */
final class ReplRecording {
    private final NetworkPeer peer;
    private Recorder recorder;
    private Path file;
    private long fromTick;

    ReplRecording(NetworkPeer peer) {
        this.peer = peer;
    }

    /** Starts recording to {@code target}; returns what the user is told. */
    String start(Path target) {
        if (recorder != null) {
            throw new IllegalArgumentException("already recording to " + file + " (record stop first)");
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists (choose another file or remove it)");
        }
        long[] ticks = peer.call(() -> {
            recorder = Recorder.attach(target, LogHeader.of(peer.peer(), peer.session(),
                    System.currentTimeMillis()), peer.peer());
            return new long[] {peer.peer().oldestTick(), peer.peer().tick()};
        });
        file = target;
        fromTick = ticks[0];
        return "recording to " + target + " from tick " + ticks[0] + " (as far back as a late event"
                + " can reach; now " + ticks[1] + ")";
    }

    /** Stops recording and writes the last block; returns what the user is told. */
    String stop() {
        if (recorder == null) {
            throw new IllegalArgumentException("not recording (record start FILE)");
        }
        long toTick = peer.call(() -> {
            recorder.detach(peer.peer());
            return peer.peer().tick();
        });
        recorder = null;
        return "recorded ticks " + fromTick + ".." + toTick + " to " + file + " (" + size(file)
                + " bytes; symp replay " + file + ")";
    }

    String status() {
        return recorder == null ? "not recording" : "recording to " + file + " since tick " + fromTick;
    }

    boolean isOn() {
        return recorder != null;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
