package io.symp.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Appends a log to a stream as checksummed blocks: 4-byte little-endian payload length, 4-byte
 * CRC32C of the payload, payload. The first block is the header. Invariant: the stream only
 * ever receives whole blocks, so a crash loses at most the block being filled.
 */
public final class LogWriter implements AutoCloseable {
    static final int MAX_BLOCK = 1 << 24;

    private final OutputStream out;
    private final RecordCodec codec = new RecordCodec();
    private final Bytes<byte[]> block = Bytes.allocateElasticOnHeap(8192);
    private final CRC32C crc = new CRC32C();
    private final ByteBuffer prefix = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private int records;
    private boolean closed;
    private long bytesWritten;

    public LogWriter(OutputStream out, LogHeader header) throws IOException {
        this.out = out;
        writeHeader(header);
        flushBlock();
        out.flush();
    }

    /** Adds a record to the current block. */
    public void append(LogRecord record) {
        codec.write(record, block);
        records++;
    }

    /** Records in the block being filled. */
    public int pendingRecords() {
        return records;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    /** Writes the block being filled, if any, as one whole block, and flushes the stream. */
    public void flushBlock() throws IOException {
        int length = (int) block.writePosition();
        if (length == 0) {
            return;
        }
        byte[] data = block.underlyingObject();
        crc.reset();
        crc.update(data, 0, length);
        prefix.clear();
        prefix.putInt(length).putInt((int) crc.getValue());
        out.write(prefix.array(), 0, 8);
        out.write(data, 0, length);
        out.flush();
        bytesWritten += 8 + length;
        block.clear();
        records = 0;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flushBlock();
            out.flush();
        } finally {
            block.releaseLast();
            out.close();
        }
    }

    private void writeHeader(LogHeader h) {
        block.write(LogHeader.MAGIC);
        block.writeByte((byte) LogHeader.FORMAT_VERSION);
        string(h.appName());
        LogVarint.write(h.appVersion(), block);
        LogVarint.write(h.stateSize(), block);
        block.writeLong(h.codeHash());
        LogVarint.write(h.fps(), block);
        block.writeLong(h.peerId());
        string(h.session());
        block.writeLong(h.startMillis());
        LogVarint.write(h.checkpointInterval(), block);
        LogVarint.write(h.snapshotInterval(), block);
    }

    private void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        LogVarint.write(b.length, block);
        block.write(b);
    }
}
