package io.symp.record;

import io.symp.core.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Reads a log written by {@link LogWriter}. A log cut inside its last block reads back up to
 * its last whole block with a warning; a block whose checksum or content is wrong is a problem
 * naming its byte offset ({@link UserError#problem}). Never a partial or guessed record.
 */
public final class LogReader {
    private LogReader() {}

    public static LogContents read(Path file) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserError("cannot read log " + file + ": " + io.symp.core.IoReason.of(e));
        }
        return read(data, file.toString());
    }

    public static LogContents read(byte[] data, String name) {
        if (!startsWithMagic(data)) {
            throw new UserError(name + ": not a symp log (no SYMPLOG header)");
        }
        List<byte[]> blocks = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        String warning = splitBlocks(data, name, blocks, offsets);
        if (blocks.isEmpty()) {
            throw UserError.problem(name + ": not a symp log (no complete header block)");
        }
        LogHeader header = header(blocks.get(0), name);
        RecordCodec codec = new RecordCodec();
        List<LogRecord> records = new ArrayList<>();
        for (int i = 1; i < blocks.size(); i++) {
            Bytes<byte[]> in = Bytes.wrapForRead(blocks.get(i));
            try {
                while (in.readRemaining() > 0) {
                    records.add(codec.read(in));
                }
            } catch (RuntimeException e) {
                throw UserError.problem(name + ": corrupt block at byte " + offsets.get(i)
                        + " (" + e.getMessage() + ")");
            }
        }
        return new LogContents(header, records, warning, blocks.size());
    }

    private static String splitBlocks(byte[] data, String name, List<byte[]> blocks,
                                      List<Long> offsets) {
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        int pos = 0;
        while (pos < data.length) {
            if (data.length - pos < 8) {
                return cut(name, pos, data.length);
            }
            int length = buf.getInt(pos);
            int sum = buf.getInt(pos + 4);
            if (length <= 0 || length > LogWriter.MAX_BLOCK) {
                throw UserError.problem(name + ": corrupt block at byte " + pos
                        + " (length " + length + ")");
            }
            if (data.length - pos - 8 < length) {
                return cut(name, pos, data.length);
            }
            crc.reset();
            crc.update(data, pos + 8, length);
            if ((int) crc.getValue() != sum) {
                throw UserError.problem(name + ": corrupt block at byte " + pos
                        + " (checksum mismatch)");
            }
            blocks.add(Arrays.copyOfRange(data, pos + 8, pos + 8 + length));
            offsets.add((long) pos);
            pos += 8 + length;
        }
        return null;
    }

    /** Whether the first block's payload starts with the magic: a symp log, whole or damaged. */
    private static boolean startsWithMagic(byte[] data) {
        int n = LogHeader.MAGIC.length;
        return data.length >= 8 + n
                && Arrays.equals(data, 8, 8 + n, LogHeader.MAGIC, 0, n);
    }

    private static String cut(String name, int pos, int size) {
        return name + ": log cut at byte " + size + " inside the block at byte " + pos
                + "; read up to its last whole block";
    }

    private static LogHeader header(byte[] block, String name) {
        Bytes<byte[]> in = Bytes.wrapForRead(block);
        try {
            byte[] magic = new byte[LogHeader.MAGIC.length];
            in.read(magic);
            if (!Arrays.equals(magic, LogHeader.MAGIC)) {
                throw UserError.problem(name + ": not a symp log (bad magic)");
            }
            int version = in.readUnsignedByte();
            if (version != LogHeader.FORMAT_VERSION) {
                throw UserError.problem(name + ": log format version " + version
                        + ", this symp reads " + LogHeader.FORMAT_VERSION);
            }
            return new LogHeader(string(in), (int) LogVarint.read(in), (int) LogVarint.read(in),
                    in.readLong(), (int) LogVarint.read(in), in.readLong(), string(in),
                    in.readLong(), (int) LogVarint.read(in), (int) LogVarint.read(in));
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            throw UserError.problem(name + ": corrupt header block at byte 0 ("
                    + e.getMessage() + ")");
        }
    }

    private static String string(Bytes<byte[]> in) {
        long n = LogVarint.read(in);
        if (n < 0 || n > in.readRemaining()) {
            throw new IllegalStateException("string length " + n);
        }
        byte[] b = new byte[(int) n];
        in.read(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
