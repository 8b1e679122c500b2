package io.symp.app;

import java.util.HexFormat;

/**
 * How text and byte-string arguments are typed and shown (the REPL, {@code symp inspect}):
 * text bare ({@code hello}) or in double quotes with {@code \"}, {@code \\}, {@code \n},
 * {@code \t}, {@code \r} and {@code \\uXXXX} escapes ({@code "hello world"}); bytes as
 * {@code 0x} then an even number of hex digits ({@code 0x0aff}, {@code 0x} for none).
 */
final class ArgSyntax {
    private ArgSyntax() {}

    /** {@code s} in double quotes, escaped so that {@link #unquote} gives it back. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A typed text: bare as is, or quoted and unescaped. */
    static String unquote(String typed) {
        if (!typed.startsWith("\"")) {
            return typed;
        }
        if (typed.length() < 2 || !typed.endsWith("\"") || escapedAt(typed, typed.length() - 1)) {
            throw new IllegalArgumentException("text " + typed + " lacks its closing quote");
        }
        StringBuilder out = new StringBuilder(typed.length());
        int end = typed.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = typed.charAt(i);
            if (c == '"') {
                throw new IllegalArgumentException("text " + typed + ": a quote inside must be escaped as \\\"");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = typed.charAt(++i);
            switch (e) {
                case '"', '\\' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    if (i + 4 >= end || !typed.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        throw new IllegalArgumentException("text " + typed + ": \\u needs four hex digits");
                    }
                    out.append((char) Integer.parseInt(typed.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("text " + typed + ": unknown escape \\" + e
                        + " (use \\\" \\\\ \\n \\t \\r \\uXXXX)");
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private static boolean escapedAt(String s, int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** Typed bytes, {@code 0x} then hex digits. */
    static byte[] hex(String typed) {
        if (!typed.startsWith("0x") && !typed.startsWith("0X")) {
            throw new IllegalArgumentException("expected bytes as 0x and hex digits, got '" + typed + "'");
        }
        String digits = typed.substring(2);
        if (digits.length() % 2 != 0 || !digits.matches("[0-9a-fA-F]*")) {
            throw new IllegalArgumentException("expected bytes as 0x and an even number of hex digits, got '"
                    + typed + "'");
        }
        return HexFormat.of().parseHex(digits);
    }
}
