package io.symp.record;

import io.symp.core.Check;
import io.symp.peer.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Appends a log to a stream as checksummed blocks ({@link BlockHeader}, then the payload). The
 * first block is the header. Invariant: the stream only ever receives whole blocks, each once:
 * after a failed write the writer writes nothing more (a full disk never gets the same bytes
 * again), so the file holds whole blocks and at most one cut block at its end. Each block's
 * records are encoded on their own (the codec starts afresh), so a reader can still decode the
 * blocks after a damaged one.
 */
public final class LogWriter implements AutoCloseable {
    /** Largest payload a reader takes; a block is written only if it fits. */
    static final int MAX_BLOCK = Limits.LOG_BLOCK_BYTES_MAX;

    private final OutputStream out;
    private final RecordCodec codec = new RecordCodec();
    private final LogBytes block = LogBytes.forWriting(8192);
    private final ByteBuffer prefix = ByteBuffer.allocate(BlockHeader.BYTES);
    private int records;
    private boolean closed;
    private IOException failure;
    private long bytesWritten;

    /**
     * @param out where blocks go; unbuffered or flushed per block, since a buffer that keeps
     *            bytes after a failed write would write them again later
     */
    public LogWriter(OutputStream out, LogHeader header) throws IOException {
        this.out = out;
        writeHeader(header);
        flushBlock();
    }

    /** Adds a record to the current block (dropped once writing has failed). */
    public void append(LogRecord record) {
        if (failure != null) {
            return;
        }
        codec.write(record, block);
        records++;
    }

    /** Records in the block being filled. */
    public int pendingRecords() {
        return records;
    }

    /** Bytes in the block being filled. */
    public long pendingBytes() {
        return block.writePosition();
    }

    /** Bytes of whole blocks written: the log is valid up to here. */
    public long bytesWritten() {
        return bytesWritten;
    }

    /** Why writing stopped, or null. */
    public IOException failure() {
        return failure;
    }

    /**
     * Writes the block being filled, if any, as one whole block, and flushes the stream.
     *
     * @throws IOException when the write fails, or failed before (nothing is written again)
     */
    public void flushBlock() throws IOException {
        if (failure != null) {
            throw failure;
        }
        int length = (int) block.writePosition();
        if (length == 0) {
            return;
        }
        Check.state(length <= MAX_BLOCK, "a log block fits what readers take", length, MAX_BLOCK);
        byte[] data = block.underlyingObject();
        BlockHeader.write(prefix, length, BlockHeader.crc(data, 0, length));
        try {
            out.write(prefix.array(), 0, BlockHeader.BYTES);
            out.write(data, 0, length);
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        } finally {
            block.clear();
            records = 0;
            codec.reset();
        }
        bytesWritten += BlockHeader.BYTES + length;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (failure == null) {
                flushBlock();
            }
        } finally {
            out.close();
        }
    }

    private void writeHeader(LogHeader h) {
        block.write(LogHeader.MAGIC);
        block.writeByte((byte) LogHeader.FORMAT_VERSION);
        string(h.appName());
        block.writeStopBit(h.appVersion());
        block.writeStopBit(h.stateSize());
        block.writeLong(h.codeHash());
        block.writeStopBit(h.fps());
        block.writeLong(h.peerId());
        string(h.session());
        block.writeLong(h.startMillis());
        block.writeStopBit(h.checkpointInterval());
        block.writeStopBit(h.snapshotInterval());
    }

    private void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        block.writeStopBit(b.length);
        block.write(b);
    }
}
