package io.symp.record;

import io.symp.core.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a log written by {@link LogWriter}. Only a cut at the very end of the file is a crash
 * cut: it reads back up to the last whole block with a warning. Anything else wrong — a block
 * header whose own checksum fails, a payload checksum, a record that does not decode — is
 * damage: a problem naming the byte offset ({@link UserError#problem}), never a shorter clean
 * log. The blocks after a damaged one are looked for (by block magic and header checksum) and
 * the message says how many were found intact. Never a partial or guessed record. The file
 * is read block by block ({@link BlockScanner}): {@link #open} checks a log holding one block
 * at a time and hands it back for streaming.
 */
public final class LogReader {
    private LogReader() {}

    /** Reads {@code file} whole into memory (for small logs and tests; tools {@link #open} it). */
    public static LogContents read(Path file) {
        List<LogRecord> records = new ArrayList<>();
        Checked c = check(LogInput.of(file, size(file)), file.toString(), records::add);
        return new LogContents(c.header, records, c.warning, c.blocks);
    }

    public static LogContents read(byte[] data, String name) {
        List<LogRecord> records = new ArrayList<>();
        Checked c = check(LogInput.of(data), name, records::add);
        return new LogContents(c.header, records, c.warning, c.blocks);
    }

    /**
     * Checks {@code file} whole, block by block, reporting a cut or damage exactly as
     * {@link #read(Path)} does, and returns it for streaming: nothing but one block is ever held.
     */
    public static LogFile open(Path file) {
        Checked c = check(LogInput.of(file, size(file)), file.toString(), r -> {});
        return new LogFile(file, c.header, c.warning, c.blocks, c.end);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UserError("cannot read log " + file + ": " + io.symp.core.IoReason.of(e));
        }
    }

    /** The header, the cut warning, whole blocks and where the last ends. */
    private record Checked(LogHeader header, String warning, int blocks, long end) {}

    /** Reads every block once, giving each record to {@code sink}; throws on damage. */
    private static Checked check(LogInput in, String name, Consumer<LogRecord> sink) {
        byte[] start = new byte[(int) Math.min(in.size(), BlockHeader.BYTES + LogHeader.MAGIC.length)];
        in.read(0, start, 0, start.length);
        if (!looksLikeALog(start)) {
            throw new UserError(name + ": not a symp log (no SYMPLOG header)");
        }
        if (start.length >= 8 + LogHeader.MAGIC.length && !BlockHeader.valid(start, 0)
                && Arrays.equals(Arrays.copyOfRange(start, 8, 8 + LogHeader.MAGIC.length), LogHeader.MAGIC)) {
            throw UserError.problem(name + ": log format version 1, this symp reads " + versionsRead());
        }
        BlockScanner scanner = new BlockScanner(in);
        BlockScanner.Block first = scanner.next();
        if (first == null || first.offset() != 0) {
            throw UserError.problem(name + ": not a symp log (no complete header block)");
        }
        LogHeader header = header(first.payload(), name);
        RecordCodec codec = new RecordCodec();
        int blocks = 1;
        long end = first.end();
        for (BlockScanner.Block b = scanner.next(); b != null; b = scanner.next()) {
            if (scanner.damage() != null) {
                throw damaged(name, scanner, b, scanner.damageOffset(), scanner.damage());
            }
            try {
                decode(b.payload(), codec, sink);
            } catch (RuntimeException e) {
                throw damaged(name, scanner, scanner.next(), b.offset(),
                        "a record does not decode: " + e.getMessage());
            }
            blocks++;
            end = b.end();
        }
        if (scanner.damage() != null) {
            throw damaged(name, scanner, null, scanner.damageOffset(), scanner.damage());
        }
        String warning = scanner.cutAt() < 0 ? null : name + ": log cut at byte " + in.size()
                + " inside the block at byte " + scanner.cutAt() + "; read up to its last whole block";
        return new Checked(header, warning, blocks, end);
    }

    static void decode(byte[] payload, RecordCodec codec, Consumer<LogRecord> into) {
        codec.reset();
        LogBytes in = LogBytes.forReading(payload);
        while (in.readRemaining() > 0) {
            into.accept(codec.read(in));
        }
    }

    /**
     * The damage report: where, why, and what was found intact after it, counted from
     * {@code after} (the first whole block after the damage, or null) on.
     */
    private static UserError damaged(String name, BlockScanner scanner, BlockScanner.Block after,
                                     long offset, String why) {
        int intact = 0;
        long[] records = {0};
        long firstAfter = -1;
        RecordCodec codec = new RecordCodec();
        for (BlockScanner.Block b = after; b != null; b = scanner.next()) {
            long before = records[0];
            try {
                decode(b.payload(), codec, r -> records[0]++);
            } catch (RuntimeException e) {
                records[0] = before;
                continue;
            }
            intact++;
            firstAfter = firstAfter < 0 ? b.offset() : firstAfter;
        }
        String tail = intact == 0 ? "; no intact block after it"
                : "; " + intact + " intact block" + (intact == 1 ? "" : "s") + " (" + records[0]
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
