package io.symp.cli.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a REPL line into words at white space outside double quotes, so that a text argument
 * with spaces is one word: {@code emit say "hello world"}. A quoted word keeps its quotes and
 * escapes (a backslash keeps the next character inside the quotes); the event's argument kind
 * unquotes it ({@link io.symp.app.ArgKind#parseInto}).
 */
final class ReplWords {
    private ReplWords() {}

    /**
     * The words of {@code line}.
     *
     * @throws IllegalArgumentException for a quote left open
     */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!quoted && Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            word.append(c);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quote is left open: " + word);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
