package io.symp.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes decoded into a {@link PrintWriter}: lets a JLine terminal draw through the
 * command's stderr writer (same order as its other lines, same ASCII fallback in a C locale).
 * Closing it only flushes: the writer belongs to the command.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(4096);
    private final CharBuffer chars = CharBuffer.allocate(4096);

    WriterOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            drain();
        }
    }

    /** Decodes every whole character buffered; an incomplete one at the end waits for its rest. */
    private void drain() {
        bytes.flip();
        while (true) {
            boolean overflow = decoder.decode(bytes, chars, false).isOverflow();
            chars.flip();
            out.append(chars);
            chars.clear();
            if (!overflow) {
                break;
            }
        }
        bytes.compact();
    }

    @Override
    public synchronized void flush() {
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
