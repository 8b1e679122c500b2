package io.symp.cli;

/**
 * The paper's bands for rollback %: below 1 good, 1–5 moderate, 5–10 poor, above 10 faulty.
 * Coloured with light tints of viridis (yellow, green, teal, blue): distinct under the common
 * colour-vision deficiencies and lightness-ordered (lightest = best) in greyscale, with black
 * text readable on each.
 */
enum Band {
    GOOD("#fdf09b"), MODERATE("#9fdfa1"), POOR("#7cbfbc"), FAULTY("#8d9bc2");

    private final String colour;

    Band(String colour) {
        this.colour = colour;
    }

    static Band of(double rollbackPct) {
        if (rollbackPct < 1) {
            return GOOD;
        }
        if (rollbackPct <= 5) {
            return MODERATE;
        }
        return rollbackPct <= 10 ? POOR : FAULTY;
    }

    /** The fill colour as {@code #rrggbb}. */
    String colour() {
        return colour;
    }
}
