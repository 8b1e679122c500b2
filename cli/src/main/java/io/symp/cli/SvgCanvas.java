package io.symp.cli;

import java.util.Locale;

/** A {@link Canvas} that accumulates an SVG document; {@link #finish()} closes it. */
final class SvgCanvas implements Canvas {
    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"%d\" height=\"%d\" font-family=\"sans-serif\">%n", width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    @Override
    public void rect(int x, int y, int w, int h, String fill) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\""
                + " height=\"%d\" fill=\"%s\" stroke=\"#999999\"/>%n", x, y, w, h, fill));
    }

    @Override
    public void text(int x, int y, String text, int size, boolean bold) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\""
                + " text-anchor=\"middle\"%s>%s</text>%n",
                x, y, size, bold ? " font-weight=\"bold\"" : "", escape(text)));
    }

    String finish() {
        return svg + "</svg>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
