package io.symp.record;

import io.symp.core.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a log written by {@link LogWriter}. Only a cut at the very end of the file is a crash
 * cut: it reads back up to the last whole block with a warning. Anything else wrong — a block
 * header whose own checksum fails, a payload checksum, a record that does not decode — is
 * damage: a problem naming the byte offset ({@link UserError#problem}), never a shorter clean
 * log. The blocks after a damaged one are looked for (by block magic and header checksum) and
 * the message says how many were found intact. Never a partial or guessed record.
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
        if (!looksLikeALog(data)) {
            throw new UserError(name + ": not a symp log (no SYMPLOG header)");
        }
        if (data.length >= 8 + LogHeader.MAGIC.length && !BlockHeader.valid(data, 0)
                && Arrays.equals(Arrays.copyOfRange(data, 8, 8 + LogHeader.MAGIC.length), LogHeader.MAGIC)) {
            throw UserError.problem(name + ": log format version 1, this symp reads " + versionsRead());
        }
        LogBlocks blocks = LogBlocks.split(data);
        if (blocks.payloads().isEmpty() || blocks.offsets().get(0) != 0) {
            throw UserError.problem(name + ": not a symp log (no complete header block)");
        }
        LogHeader header = header(blocks.payloads().get(0), name);
        List<LogRecord> records = new ArrayList<>();
        RecordCodec codec = new RecordCodec();
        for (int i = 1; i < blocks.payloads().size(); i++) {
            long offset = blocks.offsets().get(i);
            if (blocks.damage() != null && offset > blocks.damageOffset()) {
                break;
            }
            try {
                decode(blocks.payloads().get(i), codec, records);
            } catch (RuntimeException e) {
                throw damaged(name, blocks, offset, "a record does not decode: " + e.getMessage());
            }
        }
        if (blocks.damage() != null) {
            throw damaged(name, blocks, blocks.damageOffset(), blocks.damage());
        }
        String warning = blocks.cutAt() < 0 ? null : name + ": log cut at byte " + data.length
                + " inside the block at byte " + blocks.cutAt() + "; read up to its last whole block";
        return new LogContents(header, records, warning, blocks.payloads().size());
    }

    private static void decode(byte[] payload, RecordCodec codec, List<LogRecord> into) {
        codec.reset();
        LogBytes in = LogBytes.forReading(payload);
        while (in.readRemaining() > 0) {
            into.add(codec.read(in));
        }
    }

    /** The damage report: where, why, and what was found intact after it. */
    private static UserError damaged(String name, LogBlocks blocks, long offset, String why) {
        int after = 0;
        long records = 0;
        long firstAfter = -1;
        RecordCodec codec = new RecordCodec();
        for (int i = 0; i < blocks.payloads().size(); i++) {
            if (blocks.offsets().get(i) <= offset) {
                continue;
            }
            List<LogRecord> found = new ArrayList<>();
            try {
                decode(blocks.payloads().get(i), codec, found);
            } catch (RuntimeException e) {
                continue;
            }
            after++;
            records += found.size();
            firstAfter = firstAfter < 0 ? blocks.offsets().get(i) : firstAfter;
        }
        String tail = after == 0 ? "; no intact block after it"
                : "; " + after + " intact block" + (after == 1 ? "" : "s") + " (" + records
                + " records) found again after it, from byte " + firstAfter;
        return UserError.problem(name + ": damaged block at byte " + offset + " (" + why + ")" + tail);
    }

    private static String versionsRead() {
        return "versions " + LogHeader.FORMAT_VERSION_READ_MIN + " to " + LogHeader.FORMAT_VERSION;
    }

    private static LogHeader header(byte[] block, String name) {
        LogBytes in = LogBytes.forReading(block);
        try {
            byte[] magic = new byte[LogHeader.MAGIC.length];
            in.read(magic);
            if (!Arrays.equals(magic, LogHeader.MAGIC)) {
                throw UserError.problem(name + ": not a symp log (bad magic)");
            }
            int version = in.readUnsignedByte();
            if (version < LogHeader.FORMAT_VERSION_READ_MIN || version > LogHeader.FORMAT_VERSION) {
                throw UserError.problem(name + ": log format version " + version
                        + ", this symp reads " + versionsRead());
            }
            return new LogHeader(string(in), (int) in.readStopBit(), (int) in.readStopBit(),
                    in.readLong(), (int) in.readStopBit(), in.readLong(), string(in),
                    in.readLong(), (int) in.readStopBit(), (int) in.readStopBit());
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            throw UserError.problem(name + ": corrupt header block at byte 0 ("
                    + e.getMessage() + ")");
        }
    }

    private static String string(LogBytes in) {
        long n = in.readStopBit();
        if (n < 0 || n > in.readRemaining()) {
            throw new IllegalStateException("string length " + n);
        }
        byte[] b = new byte[(int) n];
        in.read(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code data} is a symp log, whole or damaged: it starts with a block header, or
     * its header payload's magic sits where format 2 (after 16 bytes) or 1 (after 8) puts it,
     * or it is cut inside the first block magic (an empty file included: a crash at creation).
     * Anything else (a text file, another format) is a usage error, not damage.
     */
    private static boolean looksLikeALog(byte[] data) {
        byte[] blockMagic = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(BlockHeader.MAGIC).array();
        if (data.length < blockMagic.length) {
            return Arrays.equals(data, 0, data.length, blockMagic, 0, data.length);
        }
        return Arrays.equals(data, 0, 4, blockMagic, 0, 4)
                || magicAt(data, BlockHeader.BYTES) || magicAt(data, 8);
    }

    private static boolean magicAt(byte[] data, int pos) {
        int n = LogHeader.MAGIC.length;
        return data.length >= pos + n && Arrays.equals(data, pos, pos + n, LogHeader.MAGIC, 0, n);
    }
}
