package org.govdisclosure.extract.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, HtmlPages.of(ReportDocument.of(r, noise)).getBytes(Charset.forName("GBK")));
    }
  },
  /** A CMS page whose tables keep the template's merged cells (rowspan, colspan). */
  HTML_MERGED("html") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, HtmlPages.withMergedCells(ReportDocument.of(r, noise)).getBytes(Charset.forName("GBK")));
    }
  },
  DOCX("docx") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) throws IOException {
      return tables(r, DocxFixture.of(ReportDocument.of(r, noise)));
    }
  },
  PDF("pdf") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) throws IOException {
      return tables(r, PdfFixture.of(ReportDocument.of(r, noise), CjkFont.bytes(), PdfFixture.Layout.ROOMY));
    }
  },
  /** The official template's narrow columns: labels and headers wrap inside their cells. */
  PDF_WRAPPED("pdf") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) throws IOException {
      return tables(r, PdfFixture.of(ReportDocument.of(r, noise), CjkFont.bytes(), PdfFixture.Layout.WRAPPED));
    }
  },
  WORD_TEXT_CELLS("txt") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, utf8(TextExports.cellPerLine(ReportDocument.of(r, noise))));
    }
  },
  WORD_TEXT_TABBED("txt") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, utf8(TextExports.tabbed(ReportDocument.of(r, noise))));
    }
  },
  CRAWLED_GLUED("txt") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, utf8(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.GLUED, rnd)));
    }
  },
  CRAWLED_SPACED("txt") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, utf8(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.SPACED, rnd)));
    }
  },
  CRAWLED_MIXED("txt") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, utf8(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.MIXED, rnd)));
    }
  },
  PDF_MARKDOWN("md") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, utf8(PdfMarkdown.of(r, noise)));
    }
  },
  PDF_TEXT_LINES("txt") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      return tables(r, utf8(PdfTextLines.of(r, noise, rnd)));
    }
  },
  /** Sections 三 and 四 as one sentence per table row, in a Word text export. */
  PROSE_KEY_VALUE("txt") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.KEY_VALUE, noise, rnd);
      return new Output(utf8(TextExports.tabbed(ReportDocument.of(r, noise, prose))), prose.gold(r));
    }
  },
  /** A small report that sums sections 三 and 四 up in a few sentences, as an HTML page. */
  PROSE_SUMMARY("html") {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.SUMMARY, noise, rnd);
      return new Output(HtmlPages.of(ReportDocument.of(r, noise, prose)).getBytes(Charset.forName("GBK")), prose.gold(r));
    }
  };

  /** The label noise rates renderings are drawn with: none, light, heavy. */
  private static final double[] NOISE_RATES = {0, 0.1, 0.25};

  final String extension;

  Rendering(String extension) {
    this.extension = extension;
  }

  abstract Output publish(GeneratedReport r, LabelNoise noise, Random rnd) throws IOException;

  /** A published file and its gold: what a careful reader takes from it (GOLD-FORMAT.md). */
  record Output(byte[] bytes, ObjectNode gold) {}

  /** A file whose tables print every cell: its gold is the whole report. */
  private static Output tables(GeneratedReport r, byte[] bytes) {
    return new Output(bytes, r.gold());
  }

  /** One rendering: the report drawn from {@code seed} published in this way, with noise drawn from the seed too. */
  Rendered render(long seed) {
    return render(seed, GeneratedReport.generate(seed));
  }

  /** The rendering of {@code seed}'s report as {@code report} (that report, placed elsewhere) shows it. */
  Rendered render(long seed, GeneratedReport report) {
    // Seeded by the kind's name, not its position, so that adding a kind leaves the others' renderings as they were.
    Random rnd = GeneratedReport.random(seed * 31 + name().hashCode());
    double rate = NOISE_RATES[rnd.nextInt(NOISE_RATES.length)];
    try {
      return new Rendered(this, seed, report, rate, publish(report, new LabelNoise(rnd, rate), rnd));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A rendering's file and the report it shows. */
  record Rendered(Rendering kind, long seed, GeneratedReport report, double noise, Output output) {
    byte[] bytes() {
      return output.bytes();
    }

    ObjectNode gold() {
      return output.gold();
    }

    String fileName() {
      return kind.name().toLowerCase() + "-" + seed + "." + kind.extension;
    }
  }
}
