package io.symp.cli;

/**
 * The paper's colour bands for rollback %: below 1 good, 1–5 moderate, 5–10 poor, above 10
 * faulty.
 */
enum Band {
    GOOD("#b7e1a1"), MODERATE("#fff2a8"), POOR("#f8c08a"), FAULTY("#f29b9b");

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
