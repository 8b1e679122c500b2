package io.symp.record;

import java.util.Arrays;

/**
 * The byte buffer a log block is written into and read from: stop-bit varints and little-endian
 * fixed-width values over a plain {@code byte[]}. Stop-bit encoding is unsigned LEB128 (seven
 * bits a byte, low first, the top bit set while more follow), for every 64-bit value: the wire's
 * varint ({@code FrameWriter.varint}), so symp has one varint scheme. Logs written by Chronicle
 * Bytes hold a value of 2^63 or more (a negative {@code long}) as {@code ~n} with the top bit of
 * its last byte set and a zero byte after it; that form is still read (docs/LOG-FORMAT.md). No
 * library that needs JVM flags, so that a program embedding symp records in a plain JVM: why
 * not Chronicle Bytes, even in its lightest form, is measured by ChronicleBytesEvidenceTest
 * and written in record-replay/pom.xml.
 *
 * <p>Reads are bounds-checked: reading past the end throws {@link IllegalStateException},
 * which the log reader reports as a corrupt block.
 */
final class LogBytes {
    private byte[] bytes;
    private int writePosition;
    private int readPosition;

    private LogBytes(byte[] bytes, int writePosition) {
        this.bytes = bytes;
        this.writePosition = writePosition;
    }

    /** An empty, growable buffer for writing. */
    static LogBytes forWriting(int initialCapacity) {
        return new LogBytes(new byte[Math.max(16, initialCapacity)], 0);
    }

    /** A buffer reading {@code data} from its start (not copied). */
    static LogBytes forReading(byte[] data) {
        return new LogBytes(data, data.length);
    }

    void writeByte(byte b) {
        ensure(1);
        bytes[writePosition++] = b;
    }

    void write(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, writePosition, b.length);
        writePosition += b.length;
    }

    void writeShort(short v) {
        ensure(2);
        bytes[writePosition++] = (byte) v;
        bytes[writePosition++] = (byte) (v >>> 8);
    }

    void writeLong(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[writePosition++] = (byte) (v >>> (8 * i));
        }
    }

    /** {@code n} as unsigned LEB128: 1 byte below 128, 10 for 2^63 and more. */
    void writeStopBit(long n) {
        ensure(10);
        long v = n;
        while ((v & ~0x7FL) != 0) {
            bytes[writePosition++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[writePosition++] = (byte) v;
    }

    int readUnsignedByte() {
        need(1);
        return bytes[readPosition++] & 0xFF;
    }

    void read(byte[] into) {
        need(into.length);
        System.arraycopy(bytes, readPosition, into, 0, into.length);
        readPosition += into.length;
    }

    short readShort() {
        need(2);
        int v = (bytes[readPosition] & 0xFF) | (bytes[readPosition + 1] & 0xFF) << 8;
        readPosition += 2;
        return (short) v;
    }

    long readLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (bytes[readPosition++] & 0xFFL) << (8 * i);
        }
        return v;
    }

    long readStopBit() {
        long v = 0;
        for (int shift = 0, count = 0; count < 11; shift += 7, count++) {
            int b = readUnsignedByte();
            if (b == 0 && count > 0) {
                return ~v;
            }
            if (shift < 64) {
                v |= (long) (b & 0x7F) << shift;
            }
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalStateException("stop-bit value longer than 11 bytes at " + readPosition);
    }

    long readRemaining() {
        return writePosition - readPosition;
    }

    long writePosition() {
        return writePosition;
    }

    /** The array written into (valid up to {@link #writePosition()}). */
    byte[] underlyingObject() {
        return bytes;
    }

    void clear() {
        writePosition = 0;
        readPosition = 0;
    }

    private void ensure(int more) {
        if (writePosition + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, writePosition + more));
        }
    }

    private void need(int n) {
        if (n < 0 || writePosition - readPosition < n) {
            throw new IllegalStateException("block truncated: " + n + " bytes needed, "
                    + (writePosition - readPosition) + " left");
        }
    }
}
