package io.symp.record;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.peer.Limits;
import io.symp.peer.History;
import io.symp.peer.Link;
import io.symp.peer.Peer;
import io.symp.peer.PeerListener;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PeerListener} that records a peer's live execution to a log: each event at the
 * local tick it arrived, rollbacks, link changes, adopted snapshots, a state-hash checkpoint
 * every N ticks, 16 bits of it every other tick, and a full snapshot every M ticks. Whole
 * blocks are written once a block holds {@value #RECORDS_PER_BLOCK} records,
 * {@link Limits#LOG_BLOCK_FLUSH_BYTES} or a second of ticks; a snapshot gets a block of its own;
 * {@link #close()} writes the rest. Invariant: the file only holds whole blocks.
 *
 * <p>A write that fails (a full or failing disk) stops the recording, said once in one
 * warning; the peer goes on. The file is cut back to its last whole block where the file
 * system allows, and nothing is ever written again, so the log stays valid up to there.
 */
public final class Recorder implements PeerListener, AutoCloseable {
    static final int RECORDS_PER_BLOCK = 512;
    private static final Logger log = LoggerFactory.getLogger(Recorder.class);

    private final LogWriter writer;
    private final LogHeader header;
    private final FileChannel channel;
    private final String name;
    private long blockStartTick = -1;
    private boolean snapshotDue = true;
    private String stopped;

    public Recorder(LogWriter writer, LogHeader header) {
        this(writer, header, null, "log");
    }

    private Recorder(LogWriter writer, LogHeader header, FileChannel channel, String name) {
        this.writer = writer;
        this.header = header;
        this.channel = channel;
        this.name = name;
    }

    /** Creates (or replaces) {@code file} and writes the header. */
    public static Recorder open(Path file, LogHeader header) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            // Unbuffered: each block goes to the file in the writer's own two writes, once.
            return new Recorder(new LogWriter(Channels.newOutputStream(channel), header), header, channel,
                    file.toString());
        } catch (IOException e) {
            channel.close();
            throw e;
        }
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
        recorder.snapshot(new LogRecord.Snapshot(base, history.region()));
        for (Event e : history.events()) {
            recorder.append(new LogRecord.EventRecord(base, e, false));
        }
        recorder.flush();
        peer.addListener(recorder);
        return recorder;
    }

    /** Why recording stopped early (a failed write), or null while it records. */
    public String stopped() {
        return stopped;
    }

    /** Stops recording {@code peer} (call on its thread) and writes the last block. */
    public void detach(Peer peer) throws IOException {
        peer.removeListener(this);
        close();
    }

    @Override
    public void ticked(long tick, StateView state) {
        if (stopped != null) {
            return;
        }
        if (blockStartTick < 0) {
            blockStartTick = tick;
        }
        if (snapshotDue || tick % header.snapshotInterval() == 0) {
            snapshot(new LogRecord.Snapshot(tick, copy(state)));
            snapshotDue = false;
        }
        if (tick % header.checkpointInterval() == 0) {
            append(new LogRecord.Checkpoint(tick, state.hash()));
        } else if (state.size() + State.HEADER_BYTES <= Limits.TICK_HASH_REGION_BYTES_MAX) {
            append(new LogRecord.TickHash(tick, (short) state.hash()));
        } else {
            append(new LogRecord.Tick(tick));
        }
        if (writer.pendingRecords() >= RECORDS_PER_BLOCK
                || tick - blockStartTick >= Math.max(1, header.fps())) {
            flush();
            blockStartTick = tick;
        }
    }

    @Override
    public void travelled(long fromTick, long toTick, long snapshotTick) {
        append(new LogRecord.Rollback(fromTick, toTick, snapshotTick));
    }

    @Override
    public void eventAccepted(Event event, long atTick, boolean late) {
        append(new LogRecord.EventRecord(atTick, event, late));
    }

    @Override
    public void linkUp(Link link) {
        append(new LogRecord.Link(link.peerId(), true));
    }

    @Override
    public void linkDown(Link link, String reason) {
        append(new LogRecord.Link(link.peerId(), false));
    }

    @Override
    public void snapshotAdopted(long tick) {
        append(new LogRecord.Adopt(tick));
        snapshotDue = true;
    }

    /** Writes the records gathered so far as one whole block (nothing once stopped). */
    public void flush() {
        if (stopped != null) {
            return;
        }
        try {
            writer.flushBlock();
        } catch (IOException e) {
            stop(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (stopped != null) {
            closeQuietly();
            return;
        }
        try {
            writer.close();
        } catch (IOException e) {
            stop(e);
            closeQuietly();
        }
    }

    private void append(LogRecord record) {
        if (stopped != null) {
            return;
        }
        writer.append(record);
        if (writer.pendingBytes() >= Limits.LOG_BLOCK_FLUSH_BYTES) {
            flush();
        }
    }

    /** A snapshot, in a block of its own: blocks stay within what readers take. */
    private void snapshot(LogRecord.Snapshot s) {
        flush();
        append(s);
        flush();
    }

    /** The one warning of a failed recording; the file is cut back to its last whole block. */
    private void stop(IOException e) {
        long valid = writer.bytesWritten();
        String cut = "";
        if (channel != null) {
            try {
                channel.truncate(valid);
            } catch (IOException | RuntimeException truncate) {
                cut = " (a cut block may follow)";
            }
        }
        stopped = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        log.warn("recording to {} stopped: {}; the peer goes on, the log holds whole blocks up to byte {}{}",
                name, stopped, valid, cut);
    }

    private void closeQuietly() {
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            // Already reported by stop(); the file keeps its whole blocks.
        }
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
