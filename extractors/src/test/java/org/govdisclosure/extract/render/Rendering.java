package org.govdisclosure.extract.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.govdisclosure.extract.HtmlPages;
import org.govdisclosure.extract.fixtures.DocxFixture;
import org.govdisclosure.extract.fixtures.PdfFixture;
import org.govdisclosure.extract.model.Document;

/** Every way the readers take a report in, as a generated report is published in it. */
enum Rendering {
  HTML("html") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) {
      return HtmlPages.of(ReportDocument.of(r, noise)).getBytes(Charset.forName("GBK"));
    }
  },
  DOCX("docx") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) throws IOException {
      return DocxFixture.of(ReportDocument.of(r, noise));
    }
  },
  PDF("pdf") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) throws IOException {
      return PdfFixture.of(ReportDocument.of(r, noise), CjkFont.bytes(), PdfFixture.Layout.ROOMY);
    }
  },
  /** The official template's narrow columns: labels and headers wrap inside their cells. */
  PDF_WRAPPED("pdf") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) throws IOException {
      return PdfFixture.of(ReportDocument.of(r, noise), CjkFont.bytes(), PdfFixture.Layout.WRAPPED);
    }
  },
  WORD_TEXT_CELLS("txt") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) {
      return utf8(TextExports.cellPerLine(ReportDocument.of(r, noise)));
    }
  },
  WORD_TEXT_TABBED("txt") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) {
      return utf8(TextExports.tabbed(ReportDocument.of(r, noise)));
    }
  },
  CRAWLED_GLUED("txt") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) {
      return utf8(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.GLUED, rnd));
    }
  },
  CRAWLED_SPACED("txt") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) {
      return utf8(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.SPACED, rnd));
    }
  },
  CRAWLED_MIXED("txt") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) {
      return utf8(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.MIXED, rnd));
    }
  },
  PDF_MARKDOWN("md") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) {
      return utf8(PdfMarkdown.of(r, noise));
    }
  },
  PDF_TEXT_LINES("txt") {
    @Override
    byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) {
      return utf8(PdfTextLines.of(r, noise, rnd));
    }
  };

  /** The label noise rates renderings are drawn with: none, light, heavy. */
  private static final double[] NOISE_RATES = {0, 0.1, 0.25};

  final String extension;

  Rendering(String extension) {
    this.extension = extension;
  }

  abstract byte[] bytes(GeneratedReport r, LabelNoise noise, Random rnd) throws IOException;

  /** One rendering: the report drawn from {@code seed} published in this way, with noise drawn from the seed too. */
  Rendered render(long seed) {
    GeneratedReport report = GeneratedReport.generate(seed);
    Random rnd = new Random(seed * 31 + ordinal());
    double rate = NOISE_RATES[rnd.nextInt(NOISE_RATES.length)];
    try {
      return new Rendered(this, seed, report, rate, bytes(report, new LabelNoise(rnd, rate), rnd));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A rendering's file and the report it shows. */
  record Rendered(Rendering kind, long seed, GeneratedReport report, double noise, byte[] bytes) {
    String fileName() {
      return kind.name().toLowerCase() + "-" + seed + "." + kind.extension;
    }
  }
}
