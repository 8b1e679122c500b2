package io.symp.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON writer of the CLI: ordered maps and lists in, one line of JSON out. */
public final class Json {
    private static final JSON WRITER = JSON.std;

    private Json() {}

    public static String write(Object value) {
        try {
            return WRITER.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
