package io.symp.figures;

import java.awt.Color;

/**
 * Colours from viridis: distinct under the common colour-vision deficiencies and ordered in
 * lightness, so that an ordered quantity (a budget: 0.5 % darkest, 2 % lightest) stays ordered
 * in greyscale. Categories are told apart by marker shape as well as by colour.
 */
final class Palette {
    static final Color FIXED = new Color(0x440154);
    static final Color[] BUDGETS = {new Color(0x3b528b), new Color(0x21918c), new Color(0x5ec962)};
    static final Color PAPER = Color.BLACK;
    static final Color GRID_LINES = new Color(0xdddddd);

    private Palette() {}
}
