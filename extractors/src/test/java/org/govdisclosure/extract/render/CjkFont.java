package org.govdisclosure.extract.render;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;

/**
 * The CJK font the PDF renderings embed: WenQuanYi Micro Hei (Apache-2.0) cut down to the characters the generator
 * prints, committed as {@code render/cjk-subset.ttf} so that the test build needs no system font. A rendering with a
 * character outside it fails with PDFBox's "No glyph for U+…": then regenerate it with {@link #main} (needs the
 * system font, Debian: fonts-wqy-microhei), from the extractors folder after a test-compile:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.govdisclosure.extract.render.CjkFont}, where
 * {@code cp.txt} is written by {@code ../mvnw -o dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}.
 */
final class CjkFont {

  private static final String RESOURCE = "/render/cjk-subset.ttf";
  private static final Path FILE = Path.of("src/test/resources" + RESOURCE);
  private static final String SYSTEM_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  /** Enough seeds to draw every label, noise and page furniture the generator knows. */
  private static final int ALPHABET_SEEDS = 3000;
  private static byte[] bytes;
  private static CmapLookup cmap;

  private CjkFont() {}

  static synchronized byte[] bytes() {
    if (bytes == null) {
      try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes;
  }

  /** Whether the subset has a glyph for {@code codePoint}: noise draws only what the PDF renderings can print. */
  static synchronized boolean covers(int codePoint) {
    if (cmap == null) {
      try {
        cmap = new TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes())).getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cmap.getGlyphId(codePoint) > 0;
  }

  public static void main(String[] args) throws IOException {
    Set<Integer> alphabet = new TreeSet<>();
    for (int c = 0x20; c < 0x7f; c++) {
      alphabet.add(c);
    }
    LabelNoise.CONFUSABLES.values().forEach(c -> alphabet.add((int) c));
    "合计案件　“”".codePoints().forEach(alphabet::add);
    for (long seed = 0; seed < ALPHABET_SEEDS; seed++) {
      GeneratedReport r = GeneratedReport.generate(seed);
      collect(ReportDocument.of(r, LabelNoise.NONE), alphabet);
      collect(ReportDocument.of(r, new LabelNoise(new java.util.Random(seed), 1)), alphabet);
    }
    try (TrueTypeCollection fonts = new TrueTypeCollection(new File(args.length > 0 ? args[0] : SYSTEM_FONT));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      TTFSubsetter subsetter = new TTFSubsetter(fonts.getFontByName("WenQuanYiMicroHei"));
      subsetter.addAll(alphabet);
      subsetter.writeToStream(out);
      Files.createDirectories(FILE.getParent());
      Files.write(FILE, out.toByteArray());
    }
    System.out.println(alphabet.size() + " characters written to " + FILE);
  }

  private static void collect(Document doc, Set<Integer> alphabet) {
    for (Block b : doc.blocks()) {
      if (b instanceof Paragraph p) {
        p.raw().codePoints().forEach(alphabet::add);
      } else if (b instanceof Table t) {
        for (Row row : t.rows()) {
          for (Cell c : row.cells()) {
            c.raw().codePoints().forEach(alphabet::add);
          }
        }
      }
    }
  }
}
