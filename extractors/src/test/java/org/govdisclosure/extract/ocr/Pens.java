package org.govdisclosure.extract.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

/** Pages drawn by tests: the page made white, a pen drawing black anti-aliased text in the given font. */
final class Pens {

  /** An A4 page at 150 dpi. */
  static final int WIDTH = 1240;
  static final int HEIGHT = 1754;
  /** The line pitch of {@link #lines}: its {@code i}th text's baseline is at {@code 300 + i * ROW}, from x 200. */
  static final int ROW = 60;

  private Pens() {}

  /** The test tree's CJK font subset (no system font needed) at {@code size} pixels. */
  static Font testFont(float size) throws IOException, java.awt.FontFormatException {
    try (InputStream in = Pens.class.getResourceAsStream("/render/cjk-subset.ttf")) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
    }
  }

  /** A grey page printing each text on a line of its own, {@link #ROW} apart. */
  static BufferedImage lines(Font font, String... texts) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(image, font);
    for (int i = 0; i < texts.length; i++) {
      g.drawString(texts[i], 200, 300 + i * ROW);
    }
    g.dispose();
    return image;
  }

  static Graphics2D pen(BufferedImage page, Font font) {
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(font);
    return g;
  }
}
