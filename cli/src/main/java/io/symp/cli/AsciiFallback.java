package io.symp.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * Text for a stream whose charset cannot show symp's few non-ASCII symbols (a C or POSIX
 * locale): Δ, ×, ÷, … and the like are written as ASCII words and signs instead of '?'.
 */
final class AsciiFallback extends FilterWriter {
    private static final Map<Character, String> ASCII = Map.of(
            'Δ', "Delta", '×', "x", '÷', "/", '…', "...", '–', "-", '—', "-",
            '’', "'", '≥', ">=", '≤', "<=", '→', "->");

    private AsciiFallback(Writer out) {
        super(out);
    }

    /** The charset the JVM writes {@code stdout} or {@code stderr} in. */
    static Charset charsetOf(String stream) {
        String name = System.getProperty(stream + ".encoding",
                System.getProperty("sun." + stream + ".encoding"));
        try {
            return name != null ? Charset.forName(name) : Charset.defaultCharset();
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** A writer for {@code out} in {@code cs}, with ASCII stand-ins when {@code cs} lacks Δ. */
    static PrintWriter writer(OutputStream out, Charset cs) {
        Writer w = new OutputStreamWriter(out, cs);
        return new PrintWriter(cs.newEncoder().canEncode('Δ') ? w : new AsciiFallback(w), true);
    }

    @Override
    public void write(int c) throws IOException {
        String s = ASCII.get((char) c);
        if (s == null) {
            out.write(c);
        } else {
            out.write(s);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(buf[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(s.charAt(i));
        }
    }
}
