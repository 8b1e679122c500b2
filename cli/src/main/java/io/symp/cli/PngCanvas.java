package io.symp.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A {@link Canvas} drawing into an in-memory image (headless AWT), written out as PNG. */
final class PngCanvas implements Canvas {
    private final BufferedImage image;
    private final Graphics2D g;

    PngCanvas(int width, int height) {
        System.setProperty("java.awt.headless", "true");
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setStroke(new BasicStroke(1));
    }

    @Override
    public void rect(int x, int y, int w, int h, String fill) {
        g.setColor(Color.decode(fill));
        g.fillRect(x, y, w, h);
        g.setColor(new Color(0x99, 0x99, 0x99));
        g.drawRect(x, y, w, h);
    }

    @Override
    public void text(int x, int y, String text, int size, boolean bold) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, x - w / 2, y);
    }

    void write(Path file) throws IOException {
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
