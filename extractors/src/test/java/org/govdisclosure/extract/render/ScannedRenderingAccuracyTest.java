package org.govdisclosure.extract.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.FailedChecks;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.govdisclosure.extract.fixtures.ScanFixtures;
import org.junit.jupiter.api.Test;

/**
 * Generated reports (random counts, both templates, both PDF layouts) scanned and photographed in memory by another
 * rasterizer than the committed fixtures' (PDFBox instead of poppler), at other resolutions and with other losses,
 * and read by OCR through the real readers: per variant, the share of the gold cells of the tables on the pages
 * shown must not fall below its floor, and no number may come out wrong unless a failed check of its table flags it.
 * A few reports keep the build's time small; {@code -Docr.renderings=N} reads N per variant, and
 * {@code -Docr.variants=A,B} reads only those variants. Files with a missed or
 * wrong cell are written to {@code target/scanned-renderings/}.
 */
class ScannedRenderingAccuracyTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  private static final int RENDERINGS = Integer.getInteger("ocr.renderings", 2);
  private static final String VARIANTS = System.getProperty("ocr.variants", "");
  /** Where the files read with a missed or wrong cell are written, to look at. */
  private static final Path OUT = Path.of("target/scanned-renderings");
  private static final Predicate<Field> SECTION_THREE = f -> f.name().startsWith("applications.");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Predicate<Field> TABLES = SECTION_THREE.or(f -> f.name().startsWith("review_litigation."));

  /** How a report's table pages are imaged, and which of its cells that image shows. */
  enum Variant {
    /** Section 三 to section 五 as a scanner's image-only PDF: 200 dpi, turned, noisy, 16 grays, JPEG pages. */
    SCAN_PDF(200, 99.5, TABLES) {
      @Override
      byte[] file(List<TablePage> pages, Random rnd) throws IOException {
        return file(images(pages), rnd, dpi);
      }

      @Override
      byte[] file(List<BufferedImage> pages, Random rnd, int dpi) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
          for (BufferedImage page : pages) {
            // The page as large as the paper scanned, landscape or portrait.
            PDRectangle paper = new PDRectangle(page.getWidth() * 72f / dpi, page.getHeight() * 72f / dpi);
            PDPage p = new PDPage(paper);
            pdf.addPage(p);
            try (PDPageContentStream content = new PDPageContentStream(pdf, p)) {
              content.drawImage(JPEGFactory.createFromImage(pdf, ScanFixtures.scanned(page, rnd), ScanFixtures.JPEG_QUALITY, dpi),
                  0, 0, paper.getWidth(), paper.getHeight());
            }
          }
          pdf.save(out);
          return out.toByteArray();
        }
      }
    },
    /** Section 三's table pages as one long PNG at 150 dpi, turned and noisy. */
    PICTURE(150, 99.5, SECTION_THREE) {
      @Override
      byte[] file(List<TablePage> pages, Random rnd) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(ScanFixtures.scanned(stacked(images(pages)), rnd), "png", out);
        return out.toByteArray();
      }
    },
    /** The same at 120 dpi, softened as a resampled screenshot is, a little turned, saved as a lossy JPEG. */
    COARSE_JPEG(120, 67.0, SECTION_THREE) {
      @Override
      byte[] file(List<TablePage> pages, Random rnd) throws IOException {
        BufferedImage picture = ScanFixtures.turned(blurred(stacked(images(pages))), (0.2 + 0.6 * rnd.nextDouble()) * (rnd.nextBoolean() ? 1 : -1));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.6f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
          writer.setOutput(stream);
          writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
          writer.dispose();
        }
        return out.toByteArray();
      }
    },
    /**
     * Section 三 to section 五 scanned at 150 dpi through a dusty glass: as {@link #SCAN_PDF}, with some 300 blots of
     * 2–9 pixels a page (round, solid, gray to black), which the engine reads as characters in empty cells and
     * beside counts.
     */
    DUSTY_SCAN(150, 50.0, TABLES) {
      @Override
      byte[] file(List<TablePage> pages, Random rnd) throws IOException {
        return SCAN_PDF.file(pages.stream().map(p -> ScanFixtures.dusty(p.image(), rnd)).toList(), rnd, dpi);
      }
    },
    /**
     * As {@link #DUSTY_SCAN}, with a blot of 3–8 pixels glued to the left or right of one count in two inside its cell
     * ({@link ScanFixtures#gluedBlots}), which the engine may read as a character of the count or a doubted one beside
     * it: the count must come out as printed, or null.
     */
    GLUED_DUST(150, 87.5, TABLES) {
      @Override
      byte[] file(List<TablePage> pages, Random rnd) throws IOException {
        return SCAN_PDF.file(pages.stream().map(p -> ScanFixtures.dusty(ScanFixtures.gluedBlots(p.image(), p.counts(), rnd), rnd)).toList(), rnd, dpi);
      }
    };

    final int dpi;
    /** The share of gold cells read, in percent, as measured: raise it as OCR improves. */
    final double floor;
    final Predicate<Field> scored;

    Variant(int dpi, double floor, Predicate<Field> scored) {
      this.dpi = dpi;
      this.floor = floor;
      this.scored = scored;
    }

    abstract byte[] file(List<TablePage> pages, Random rnd) throws IOException;

    /** The pages as this variant's file, imaged at {@code dpi}: for a variant that makes its file as another does. */
    byte[] file(List<BufferedImage> pages, Random rnd, int dpi) throws IOException {
      throw new UnsupportedOperationException(name());
    }

    /**
     * The first and last page (0-based) this variant images: from section 三's heading to the next section's (the
     * headings are printed without noise), or to section 五's for a scan, which holds section 四's table too.
     */
    int[] pages(List<String> texts) {
      int first = indexOf(texts, TemplateRows.HEADINGS.get(2), 0);
      int last = indexOf(texts, TemplateRows.HEADINGS.get(scored == TABLES ? 4 : 3), first);
      return new int[] {first, last < 0 ? texts.size() - 1 : last};
    }
  }

  /** A page of the rendering as imaged, and the boxes of the counts printed on it, in the image's pixels. */
  record TablePage(BufferedImage image, List<Rectangle> counts) {}

  private static List<BufferedImage> images(List<TablePage> pages) {
    return pages.stream().map(TablePage::image).toList();
  }

  /** One variant's score over its renderings. */
  private static final class Score {
    long cells;
    long read;
    int pages;
    long cpuMillis;
    final List<String> flagged = new ArrayList<>();
    final List<String> unflagged = new ArrayList<>();
    final List<String> missed = new ArrayList<>();
  }

  @Test
  void scannedAndPhotographedRenderingsReadTheirFloorAndNoUnflaggedWrongNumber() throws IOException {
    Map<Variant, Score> scores = new EnumMap<>(Variant.class);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (Variant variant : Variant.values()) {
      if (!VARIANTS.isEmpty() && !List.of(VARIANTS.split(",")).contains(variant.name())) {
        continue;
      }
      Score score = new Score();
      for (long seed = 0; seed < RENDERINGS; seed++) {
        // Both layouts: landscape with roomy columns, and the template's narrow wrapped columns.
        Rendering kind = seed % 2 == 0 ? Rendering.PDF : Rendering.PDF_WRAPPED;
        Rendering.Rendered rendering = kind.render(seed * 7 + variant.ordinal());
        Random rnd = new Random(rendering.seed() * 31 + variant.ordinal());
        List<TablePage> pages = tablePages(rendering.bytes(), variant);
        byte[] file = variant.file(pages, rnd);
        long start = cpu.getCurrentThreadCpuTime();
        ProcessedReport r = PROCESSOR.process(rendering.fileName(), file);
        score.cpuMillis += (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
        score.pages += pages.size();
        if (score(rendering, r, variant, score)) {
          Files.createDirectories(OUT);
          Files.write(OUT.resolve(variant + "-" + rendering.fileName()), file);
        }
      }
      scores.put(variant, score);
    }
    System.out.print(table(scores));
    scores.forEach((variant, s) -> {
      assertThat(100.0 * s.read / s.cells).as(variant + " share of cells read").isGreaterThanOrEqualTo(variant.floor);
      assertThat(s.unflagged).as(variant + " wrong numbers no check flags").isEmpty();
    });
  }

  /** Scores the report read from one rendering; whether it missed or misread a cell. */
  private static boolean score(Rendering.Rendered rendering, ProcessedReport r, Variant variant, Score score) {
    int faults = score.missed.size() + score.flagged.size() + score.unflagged.size();
    String name = variant + " " + rendering.fileName() + " ";
    if (r.warnings().stream().noneMatch(w -> w.code().equals(ReportProcessor.OCR))) {
      score.missed.add(name + "not read by OCR: " + r.warnings());
    }
    for (Field f : GoldComparison.compare(rendering.gold(), Evaluation.reportColumns(r), r.tables())) {
      if (!variant.scored.test(f)) {
        continue;
      }
      if (f.inGold()) {
        score.cells++;
      }
      if (f.correct()) {
        score.read++;
      } else if (f.wrong()) {
        (FailedChecks.cover(r, f.name()) ? score.flagged : score.unflagged).add(name + f);
      } else {
        score.missed.add(name + f);
      }
    }
    for (String unstated : RenderingAccuracyTest.unstated(rendering, r)) {
      String field = unstated.substring(unstated.indexOf(" unstated ") + 10, unstated.lastIndexOf(" = "));
      (FailedChecks.cover(r, field) ? score.flagged : score.unflagged).add(name + unstated);
    }
    return score.missed.size() + score.flagged.size() + score.unflagged.size() > faults;
  }

  /** The pages of the rendering's PDF that the variant images, rendered in gray at its resolution. */
  private static List<TablePage> tablePages(byte[] pdfBytes, Variant variant) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> texts = new ArrayList<>();
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        texts.add(stripper.getText(pdf).replaceAll("\\s", ""));
      }
      int[] range = variant.pages(texts);
      PDFRenderer renderer = new PDFRenderer(pdf);
      List<TablePage> pages = new ArrayList<>();
      for (int p = range[0]; p <= range[1]; p++) {
        pages.add(new TablePage(renderer.renderImageWithDPI(p, variant.dpi, ImageType.GRAY), counts(pdf, p, variant.dpi)));
      }
      return pages;
    }
  }

  /** The boxes of the words of page {@code p} (0-based) that are all digits, in pixels at {@code dpi}. */
  private static List<Rectangle> counts(PDDocument pdf, int p, int dpi) throws IOException {
    List<Rectangle> counts = new ArrayList<>();
    double px = dpi / 72.0;
    PDFTextStripper words = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> glyphs) {
        if (!glyphs.isEmpty() && DIGITS.matcher(text).matches()) {
          TextPosition first = glyphs.get(0);
          TextPosition last = glyphs.get(glyphs.size() - 1);
          // From the baseline up by the glyphs' height, with a pixel's margin for the rasterizer's antialiasing.
          double top = (first.getYDirAdj() - first.getHeightDir()) * px - 1;
          double left = first.getXDirAdj() * px - 1;
          double right = (last.getXDirAdj() + last.getWidthDirAdj()) * px + 1;
          double bottom = first.getYDirAdj() * px + 1;
          counts.add(new Rectangle((int) left, (int) top, (int) Math.ceil(right - left), (int) Math.ceil(bottom - top)));
        }
      }
    };
    words.setStartPage(p + 1);
    words.setEndPage(p + 1);
    words.getText(pdf);
    return counts;
  }

  private static int indexOf(List<String> texts, String what, int from) {
    for (int p = Math.max(0, from); p < texts.size(); p++) {
      if (texts.get(p).contains(what)) {
        return p;
      }
    }
    return -1;
  }

  /** Pages one below the other, as a "long picture" of a table that a site publishes. */
  private static BufferedImage stacked(List<BufferedImage> pages) {
    int width = pages.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
    int height = pages.stream().mapToInt(BufferedImage::getHeight).sum();
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    int y = 0;
    for (BufferedImage page : pages) {
      g.drawImage(page, 0, y, null);
      y += page.getHeight();
    }
    g.dispose();
    return out;
  }

  private static BufferedImage blurred(BufferedImage image) {
    float[] weights = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
    return new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
  }

  private static String table(Map<Variant, Score> scores) {
    StringBuilder b = new StringBuilder(String.format("%-12s %12s %7s %8s %10s %6s %9s%n", "variant", "cells read", "share", "flagged", "unflagged", "pages", "cpu/page"));
    scores.forEach((v, s) -> b.append(String.format("%-12s %5d/%-6d %6.1f%% %8d %10d %6d %7d ms%n", v, s.read, s.cells,
        100.0 * s.read / Math.max(1, s.cells), s.flagged.size(), s.unflagged.size(), s.pages, s.cpuMillis / Math.max(1, s.pages))));
    scores.forEach((v, s) -> {
      s.unflagged.forEach(w -> b.append("  unflagged: ").append(w).append('\n'));
      s.flagged.forEach(w -> b.append("  flagged: ").append(w).append('\n'));
      s.missed.forEach(w -> b.append("  missed: ").append(w).append('\n'));
    });
    return b.toString();
  }
}
