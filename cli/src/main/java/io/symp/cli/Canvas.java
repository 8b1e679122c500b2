package io.symp.cli;

/** A drawing surface of filled rectangles and text, so one layout renders as SVG and as PNG. */
interface Canvas {
    /** A rectangle filled with {@code fill} ({@code #rrggbb}) and outlined in grey. */
    void rect(int x, int y, int w, int h, String fill);

    /** Text centred horizontally on {@code x}, baseline at {@code y}. */
    void text(int x, int y, String text, int size, boolean bold);
}
