package io.symp.record;

import io.symp.core.UserError;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A log on disk, checked whole when opened ({@link LogReader#open}) and then streamed block by
 * block at every iteration of its records: memory is one block (at most
 * {@code Limits.LOG_BLOCK_BYTES_MAX}) and its records, whatever the log's length. Iterations
 * read the bytes that were checked and no further (a log still being recorded may grow
 * meanwhile); a file changed under them is a problem, never silently different records.
 */
public final class LogFile implements LogSource {
    private final Path file;
    private final LogHeader header;
    private final String warning;
    private final int blocks;
    private final long checkedBytes;

    LogFile(Path file, LogHeader header, String warning, int blocks, long checkedBytes) {
        this.file = file;
        this.header = header;
        this.warning = warning;
        this.blocks = blocks;
        this.checkedBytes = checkedBytes;
    }

    @Override
    public LogHeader header() {
        return header;
    }

    @Override
    public String warning() {
        return warning;
    }

    @Override
    public int blocks() {
        return blocks;
    }

    @Override
    public Iterable<LogRecord> records() {
        return Records::new;
    }

    /** Reads the checked blocks after the header, decoding one block at a time. */
    private final class Records implements Iterator<LogRecord> {
        private final BlockScanner scanner = new BlockScanner(LogInput.of(file, checkedBytes));
        private final RecordCodec codec = new RecordCodec();
        private final ArrayDeque<LogRecord> pending = new ArrayDeque<>();
        private int read;

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && read < blocks) {
                BlockScanner.Block b = scanner.next();
                if (b == null || scanner.damage() != null) {
                    throw changed(b == null ? checkedBytes : b.offset());
                }
                if (read++ > 0) {
                    try {
                        LogReader.decode(b.payload(), codec, pending::add);
                    } catch (RuntimeException e) {
                        throw changed(b.offset());
                    }
                }
            }
            return !pending.isEmpty();
        }

        @Override
        public LogRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private UserError changed(long offset) {
            return UserError.problem(file + ": changed while being read (at byte " + offset
                    + "; it was whole when opened)");
        }
    }
}
