package io.symp.record;

import io.symp.core.IoReason;
import io.symp.core.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Positional reads of a log's bytes up to a fixed end, from memory or from a file. A file is
 * read through a window of {@link #WINDOW_BYTES} and opened only for each read that refills it,
 * so a reader that stops early holds no open file, and memory stays one window plus the block
 * being read, whatever the log's length.
 */
abstract class LogInput {
    static final int WINDOW_BYTES = 256 << 10;

    /** Bytes readable: reads never go past this, even if the file grows. */
    abstract long size();

    /** Copies {@code length} bytes at {@code position} (within {@link #size()}) into {@code into}. */
    abstract void read(long position, byte[] into, int offset, int length);

    static LogInput of(byte[] data) {
        return new LogInput() {
            @Override
            long size() {
                return data.length;
            }

            @Override
            void read(long position, byte[] into, int offset, int length) {
                System.arraycopy(data, (int) position, into, offset, length);
            }
        };
    }

    /** The first {@code size} bytes of {@code file}. */
    static LogInput of(Path file, long size) {
        return new FileInput(file, size);
    }

    private static final class FileInput extends LogInput {
        private final Path file;
        private final long size;
        private final byte[] window = new byte[WINDOW_BYTES];
        private long windowStart = -1;
        private int windowLength;

        FileInput(Path file, long size) {
            this.file = file;
            this.size = size;
        }

        @Override
        long size() {
            return size;
        }

        @Override
        void read(long position, byte[] into, int offset, int length) {
            if (length > WINDOW_BYTES) {
                readFile(position, into, offset, length);
                return;
            }
            if (windowStart < 0 || position < windowStart || position + length > windowStart + windowLength) {
                windowStart = position;
                windowLength = (int) Math.min(WINDOW_BYTES, size - position);
                readFile(position, window, 0, windowLength);
            }
            System.arraycopy(window, (int) (position - windowStart), into, offset, length);
        }

        private void readFile(long position, byte[] into, int offset, int length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer buf = ByteBuffer.wrap(into, offset, length);
                while (buf.hasRemaining()) {
                    if (channel.read(buf, position + buf.position() - offset) < 0) {
                        throw UserError.problem(file + ": shorter than when it was opened ("
                                + size + " bytes): changed while being read");
                    }
                }
            } catch (IOException e) {
                throw new UserError("cannot read log " + file + ": " + IoReason.of(e));
            }
        }
    }
}
