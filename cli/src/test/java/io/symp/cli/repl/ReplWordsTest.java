package io.symp.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplWordsTest {
    @Test
    void shouldSplitAtSpacesOutsideQuotesAndKeepQuotedWordsWhole() {
        assertEquals(List.of("emit", "nudge", "-3"), ReplWords.split("  emit   nudge\t-3 "));
        assertEquals(List.of("emit", "say", "\"hello  world\""), ReplWords.split("emit say \"hello  world\""));
        assertEquals(List.of("emit", "say", "\"a \\\" b\"", "0x0a"), ReplWords.split("emit say \"a \\\" b\" 0x0a"));
        assertEquals(List.of("say", "\"\""), ReplWords.split("say \"\""));
        assertEquals(List.of("say", "back\\slash"), ReplWords.split("say back\\slash"), "outside quotes as is");
    }

    @Test
    void shouldRefuseAQuoteLeftOpen() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplWords.split("emit say \"hello"));
        assertEquals("a quote is left open: \"hello", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReplWords.split("emit say \"a\\\""));
    }
}
