package io.symp.record;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.peer.History;
import io.symp.peer.Link;
import io.symp.peer.Peer;
import io.symp.peer.PeerListener;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link PeerListener} that records a peer's live execution to a log: each event at the
 * local tick it arrived, rollbacks, link changes, adopted snapshots, a state-hash checkpoint
 * every N ticks, 16 bits of it every other tick, and a full snapshot every M ticks. Whole
 * blocks are written once a block holds {@value #RECORDS_PER_BLOCK} records or a second of
 * ticks; {@link #close()} writes the rest. Invariant: the file only holds whole blocks.
 */
public final class Recorder implements PeerListener, AutoCloseable {
    static final int RECORDS_PER_BLOCK = 512;

    private final LogWriter writer;
    private final LogHeader header;
    private long blockStartTick = -1;
    private boolean snapshotDue = true;

    public Recorder(LogWriter writer, LogHeader header) {
        this.writer = writer;
        this.header = header;
    }

    /** Creates (or replaces) {@code file} and writes the header. */
    public static Recorder open(Path file, LogHeader header) throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return new Recorder(new LogWriter(out, header), header);
    }

    /**
     * Starts recording a peer that has been running for a while (call on its thread). The log
     * begins at the oldest snapshot the peer's time machine holds, since no event older than it
     * can ever be taken: that snapshot, then every event held after it, as known from the start.
     * A replay adopts the snapshot and re-does everything from there, rollbacks included.
     */
    public static Recorder attach(Path file, LogHeader header, Peer peer) throws IOException {
        History history = peer.history();
        long base = history.baseTick();
        Recorder recorder = open(file, header);
        recorder.writer.append(new LogRecord.Snapshot(base, history.region()));
        for (Event e : history.events()) {
            recorder.writer.append(new LogRecord.EventRecord(base, e, false));
        }
        recorder.flush();
        peer.addListener(recorder);
        return recorder;
    }

    /** Stops recording {@code peer} (call on its thread) and writes the last block. */
    public void detach(Peer peer) throws IOException {
        peer.removeListener(this);
        close();
    }

    @Override
    public void ticked(long tick, StateView state) {
        if (blockStartTick < 0) {
            blockStartTick = tick;
        }
        if (snapshotDue || tick % header.snapshotInterval() == 0) {
            writer.append(new LogRecord.Snapshot(tick, copy(state)));
            snapshotDue = false;
        }
        long hash = state.hash();
        if (tick % header.checkpointInterval() == 0) {
            writer.append(new LogRecord.Checkpoint(tick, hash));
        } else {
            writer.append(new LogRecord.TickHash(tick, (short) hash));
        }
        if (writer.pendingRecords() >= RECORDS_PER_BLOCK
                || tick - blockStartTick >= Math.max(1, header.fps())) {
            flush();
            blockStartTick = tick;
        }
    }

    @Override
    public void travelled(long fromTick, long toTick, long snapshotTick) {
        writer.append(new LogRecord.Rollback(fromTick, toTick, snapshotTick));
    }

    @Override
    public void eventAccepted(Event event, long atTick, boolean late) {
        writer.append(new LogRecord.EventRecord(atTick, event, late));
    }

    @Override
    public void linkUp(Link link) {
        writer.append(new LogRecord.Link(link.peerId(), true));
    }

    @Override
    public void linkDown(Link link, String reason) {
        writer.append(new LogRecord.Link(link.peerId(), false));
    }

    @Override
    public void snapshotAdopted(long tick) {
        writer.append(new LogRecord.Adopt(tick));
        snapshotDue = true;
    }

    /** Writes the records gathered so far as one whole block. */
    public void flush() {
        try {
            writer.flushBlock();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** The whole region, seed header included, when the view is a {@link State}. */
    private static byte[] copy(StateView state) {
        if (state instanceof State s) {
            return s.region().clone();
        }
        byte[] region = new byte[state.size()];
        for (int i = 0; i < region.length; i++) {
            region[i] = state.getByte(i);
        }
        return region;
    }
}
