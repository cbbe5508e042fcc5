package org.govdisclosure.extract.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Pages drawn by tests: the page made white, a pen drawing black anti-aliased text in the given font. */
final class Pens {

  private Pens() {}

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
