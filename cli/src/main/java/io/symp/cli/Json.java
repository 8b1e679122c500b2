package io.symp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON writer of the CLI: ordered maps and lists in, one line of JSON out, in ASCII
 * (every other character as a backslash-u escape), so that a stream in a C or POSIX locale
 * carries every text and char value intact instead of {@code ?} or an ASCII stand-in.
 */
public final class Json {
    private static final JSON WRITER = JSON.std.with(
            JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());

    private Json() {}

    public static String write(Object value) {
        try {
            return WRITER.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
