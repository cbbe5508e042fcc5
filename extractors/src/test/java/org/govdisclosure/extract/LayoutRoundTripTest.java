package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.govdisclosure.extract.fixtures.FormatFixtures;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.read.ReportReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds published differently (a GBK HTML page, a UTF-16 text file, a Word file with merged cells, the same
 * saved as Word 97, PDFs, Excel workbooks) must
 * give the same values.
 */
class LayoutRoundTripTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  /**
   * The share of the seeds' gold cells read from their three-line-table PDFs today, in percent: raise it as the reader
   * improves. It was 95.2 and 95.0 before PDF rows kept their blank cells by column position (PdfColumns): that
   * placement ended wrong numbers in tables with blank cells and a merged label, and leaves some three-line rows empty
   * (0 wrong either way). Lines told apart by baseline, a number centred beside a wrapped label joining the label's
   * first line, raised both to 95.3; the header rows a table repeats at the top of a page read once, to 96.8; a label
   * wrapped a character a line (over a page break too) read whole, to 98.4; seed 001's 3.其他 printed beside
   * （七）总计 (a later row's label before its own) no longer taking the values printed there, right only because
   * they are all 0, to 97.6.
   */
  private static final double THREE_LINE_FLOOR = 97.6;
  private static final double THREE_LINE_ROTATED_FLOOR = 97.6;
  private static final Map<String, JsonNode> PROACTIVE = proactiveExpected();

  @TempDir
  static Path rotatedDir;

  @Test
  void seedsAsGbkHtmlPagesGiveTheirGold() throws Exception {
    for (Gold gold : TestCorpus.under("seeds")) {
      Document doc = new ReportReader().read(Files.readAllBytes(gold.report())).document();
      byte[] page = HtmlPages.of(doc).getBytes(Charset.forName("GBK"));
      assertExact(gold, PROCESSOR.process(gold.name() + ".html", page), "html", "GB18030");
    }
  }

  @Test
  void seedsAsUtf16TextGiveTheirGold() throws Exception {
    for (Gold gold : TestCorpus.under("seeds")) {
      String text = Files.readString(gold.report(), StandardCharsets.UTF_8);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
      bytes.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
      assertExact(gold, PROCESSOR.process(gold.name(), bytes.toByteArray()), "text", "UTF-16LE");
    }
  }

  @Test
  void seedsAsWordFilesGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("docx", FormatFixtures::docx);
  }

  @Test
  void seedsAsWord97FilesGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("doc", FormatFixtures::doc);
  }

  @Test
  void seedsAsOpenDocumentTextFilesGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("odt", FormatFixtures::odt);
  }

  @Test
  void seedsAsPdfFilesGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("pdf", FormatFixtures::pdf);
  }

  /** Labels and headers wrapped in narrow columns, numbers centred beside them, group labels centred over rows. */
  @Test
  void seedsAsPdfFilesWithWrappedCellsGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("pdf", FormatFixtures::wrappedPdf);
  }

  /** LibreOffice Calc's Excel 2007+ workbook made from the seed's page: paragraphs and tables on one sheet, merged regions. */
  @Test
  void seedsAsExcelWorkbooksGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("xlsx", FormatFixtures::xlsx);
  }

  /** The same saved as OpenDocument spreadsheet. */
  @Test
  void seedsAsOpenDocumentSpreadsheetsGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("ods", FormatFixtures::ods);
  }

  /** The same saved as Excel 97–2003. */
  @Test
  void seedsAsExcel97WorkbooksGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("xls", FormatFixtures::xls);
  }

  /**
   * LibreOffice's export: CFF CJK fonts with digits in another font, rows cut by a page break and finished on the
   * next page below the repeated header rows.
   */
  @Test
  void seedsAsOfficeExportedPdfFilesGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("pdf", FormatFixtures::officePdf);
  }

  /** The same with every page turned for display (/Rotate 90), as a viewer or a scanner's software saves it. */
  @Test
  void seedsAsOfficeExportedPdfFilesDisplayedRotatedGiveTheirGoldWithTheSameWarnings() throws Exception {
    assertPublishedAs("pdf", seed -> rotated(FormatFixtures.officePdf(seed)));
  }

  /**
   * The office export with three-line tables (三线表: no rules between rows or columns; header titles stacked a
   * character a line in narrow columns). Not all read to the gold yet (seed 001's section 三 prints a row's label
   * below the next row's, and rows of seven values under eight value columns): a floor of the gold cells read,
   * section 二's included, and no value wrong.
   */
  @Test
  void seedsAsThreeLineTablePdfFilesReadTheirFloorAndNoWrongValue() throws Exception {
    assertFloor(FormatFixtures::threeLinePdf, THREE_LINE_FLOOR);
  }

  /** The same with every page displayed rotated. */
  @Test
  void seedsAsThreeLineTablePdfFilesDisplayedRotatedReadTheirFloorAndNoWrongValue() throws Exception {
    assertFloor(seed -> rotated(FormatFixtures.threeLinePdf(seed)), THREE_LINE_ROTATED_FLOOR);
  }

  private static void assertFloor(Function<Gold, Path> version, double floor) throws IOException {
    long cells = 0;
    long read = 0;
    List<String> wrong = new java.util.ArrayList<>();
    for (Gold gold : TestCorpus.under("seeds")) {
      ProcessedReport r = PROCESSOR.process(gold.name() + ".pdf", Files.readAllBytes(version.apply(gold)));
      List<Field> fields = GoldComparison.compare(gold.json(), Evaluation.reportColumns(r), r.tables());
      ProactiveExpected.Comparison proactive = ProactiveExpected.compare(gold.name(), PROACTIVE.get("seeds/" + gold.name()),
          r.tables().getOrDefault("proactive", List.of()));
      cells += fields.stream().filter(Field::inGold).count() + proactive.expected();
      read += fields.stream().filter(Field::correct).count() + proactive.read();
      fields.stream().filter(Field::wrong).forEach(f -> wrong.add(gold.name() + " " + f));
      wrong.addAll(proactive.wrong());
    }
    System.out.printf("%d/%d gold cells read (%.1f %%), %d wrong%n", read, cells, 100.0 * read / cells, wrong.size());
    assertThat(100.0 * read / cells).isGreaterThanOrEqualTo(floor);
    assertThat(wrong).isEmpty();
  }

  private static Map<String, JsonNode> proactiveExpected() {
    try {
      return ProactiveExpected.reports(TestCorpus.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path rotated(Path original) {
    Path rotated = rotatedDir.resolve(original.getFileName());
    try (PDDocument pdf = Loader.loadPDF(original.toFile())) {
      pdf.getPages().forEach(page -> page.setRotation(90));
      pdf.save(rotated.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rotated;
  }

  /**
   * Each seed's committed Word or PDF version gives the seed's gold, and nothing in it looks odder to the extractors
   * than in the text export: the warnings are the same.
   */
  private static void assertPublishedAs(String format, Function<Gold, Path> version) throws Exception {
    for (Gold gold : TestCorpus.under("seeds")) {
      ProcessedReport r = PROCESSOR.process(gold.name() + "." + format, Files.readAllBytes(version.apply(gold)));
      assertExact(gold, r, format, null);
      ProcessedReport text = PROCESSOR.process(gold.name(), Files.readAllBytes(gold.report()));
      assertThat(r.warnings()).as(gold.name() + " as " + format).isEqualTo(text.warnings());
    }
  }

  private static void assertExact(Gold gold, ProcessedReport r, String format, String encoding) {
    assertThat(r.format()).isEqualTo(format);
    assertThat(r.encoding()).isEqualTo(encoding);
    List<Field> wrong = GoldComparison.compare(gold.json(), Evaluation.reportColumns(r), r.tables()).stream()
        .filter(f -> !f.correct())
        .toList();
    assertThat(wrong).as(gold.name() + " as " + format + "/" + encoding).isEmpty();
  }
}
