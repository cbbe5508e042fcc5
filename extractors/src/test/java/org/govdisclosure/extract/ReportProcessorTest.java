package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.read.PageOcr;
import org.govdisclosure.extract.region.RegionResolver;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.extract.tables.ApplicationsExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportProcessorTest {

  /** An extractor with a bug: it throws on every report. */
  static final class ExplodingExtractor implements SectionExtractor {
    @Override
    public String table() {
      return "applications";
    }

    @Override
    public List<Map<String, Object>> extract(ReportContext context) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void aFailingExtractorCostsOnlyItsTableAndIsReported() throws Exception {
    Gold seed = TestCorpus.under("seeds").get(0);
    ReportProcessor processor = new ReportProcessor(
        List.of(new ExplodingExtractor(), new ApplicationsExtractor()), List.of(), RegionResolver.load());
    ProcessedReport r = processor.process(seed.name(), Files.readAllBytes(seed.report()));
    assertThat(r.status()).isEqualTo(ReportProcessor.PARTIAL);
    assertThat(r.warnings()).contains(new Warning("extractor_failed", "applications: java.lang.IllegalStateException: boom"));
    assertThat(r.tables().get("applications")).isNotEmpty();
  }

  /** An OCR that reads every picture as {@code text}. */
  private record FixedOcr(String text) implements PageOcr {
    @Override
    public String engine() {
      return "fixed";
    }

    @Override
    public Result read(int count, IntFunction<BufferedImage> page) {
      return new Result(text, count, 1, List.of());
    }
  }

  /**
   * A 2022 report kept on the 2019 template, scanned: OCR misreads the last character of its column titles (数量 as
   * 数用), and a reader still sees the 2019 columns; where two characters of each are misread no wording tells the
   * template, and the year's (2021) would be a guess the print belies: the template is not told.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      本年新制作数用 | 本年新公开数区 | T2019 | template_misread
      本年新制乍数用 | 本年新公井数区 |       | template_unknown
      """)
  void aScansTemplateIsToldByItsWordingMisreadOnceAndNotByTheYear(String made, String published, String template,
      String warning) throws Exception {
    String text = "丰收乡2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容\t" + made + "\t" + published
        + "\n规章\t0\t0\n";
    ProcessedReport r = scanReading(text);

    assertThat(r.template()).isEqualTo(template == null ? null : Template.valueOf(template).code());
    assertThat(r.warnings()).extracting(Warning::code).contains(warning).doesNotContain("template_inferred");
  }

  /**
   * An issuer read by OCR whose place the gazetteer does not know (塘 misread as 壤, a stray 人 in 汉台区) is as likely a
   * misreading as a place: not told; the same names read right are, as is a township of several the gazetteer knows.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      桃江县松木塘镇人民政府 | 桃江县松木塘镇人民政府 | 松木塘镇
      桃江县松木壤镇人民政府 |                       |
      汉台区徐望镇人民政府   | 汉台区徐望镇人民政府   | 徐望镇
      汉人台区徐望镇人民政府 |                       | 徐望镇
      丰收乡人民政府         | 丰收乡人民政府         | 丰收乡
      """)
  void anIssuerOcrReadIsToldOnlyWhereTheGazetteerKnowsItsPlaces(String printed, String organization, String township)
      throws Exception {
    ProcessedReport r = scanReading(printed + "2022年政府信息公开工作年度报告\n一、总体情况\n" + printed + "认真推进政务公开工作。\n");

    assertThat(r.organization()).isEqualTo(organization);
    assertThat(r.region().township()).isEqualTo(township);
    assertThat(r.warnings().stream().anyMatch(w -> w.code().equals("issuer_unsure"))).isEqualTo(organization == null);
  }

  /**
   * An issuer read by OCR as a street the gazetteer does not have in the county the text places it in (戚 misread as
   * 成 or 戌, the body's 戚家山街道 read right) is not told; the street read right is.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      戚家山街道 | 戚家山街道办事处
      成家山街道 |
      戌家山街道 |
      """)
  void anIssuerOcrReadAsAStreetIsToldOnlyWhereTheGazetteerHasItInTheCounty(String printed, String organization)
      throws Exception {
    ProcessedReport r = scanReading(printed + "2020年度政府信息公开工作年度报告\n现对2020年度戚家山街道信息公开情况汇报如下："
        + "\n一、总体情况\n坚决纠正违反《北仑区政府信息公开实施细则》的行为。\n");

    assertThat(r.organization()).isEqualTo(organization);
    assertThat(r.region().countyName()).isEqualTo("北仑区");
    assertThat(r.warnings().stream().anyMatch(w -> w.code().equals("issuer_unsure"))).isEqualTo(organization == null);
  }

  /** A national ministry belongs to no province: the 北京市 of its contact address is no place of its own. */
  @Test
  void aNationalBodyHasNoProvinceThoughItsAddressNamesOne() {
    ProcessedReport r = ReportProcessor.withRegistered(false).process("mot.txt", ("按照《中华人民共和国政府信息公开条例》,交通运输部"
        + "编制了本级行政机关2019年政府信息公开工作年度报告。如对本报告有疑问,请与交通运输部政府信息公开办公室联系(地址:北京市建国门内大街11号)。\n"
        + "一、总体情况\n2019年,交通运输部坚持依法依规做好政府信息公开工作。\n").getBytes(StandardCharsets.UTF_8));

    assertThat(r.organization()).isEqualTo("交通运输部");
    assertThat(r.region().province()).isNull();
    assertThat(r.region().city()).isNull();
  }

  /** A PNG read by an OCR that reads it as {@code text}. */
  private static ProcessedReport scanReading(String text) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY), "png", png);
    return new ReportProcessor(List.of(), List.of(), RegionResolver.load(), new FixedOcr(text)).process("scan.png", png.toByteArray());
  }

  @Test
  void theSameBytesGiveTheSameId() {
    assertThat(ReportProcessor.reportId(new byte[] {1, 2})).isEqualTo(ReportProcessor.reportId(new byte[] {1, 2})).hasSize(64);
  }

  @Test
  void aFileHashedAsItStreamsGetsTheIdOfItsBytes() throws Exception {
    byte[] bytes = new byte[100_000];
    new java.util.Random(7).nextBytes(bytes);
    assertThat(ReportProcessor.reportId(new java.io.ByteArrayInputStream(bytes))).isEqualTo(ReportProcessor.reportId(bytes));
  }

  @Test
  void wordExcelPdfAndArchiveFilesThatCannotBeReadGetAReason() throws Exception {
    Map<String, byte[]> files = Map.of(
        "scan.pdf", BadFiles.imageOnlyPdf(),
        "locked.pdf", BadFiles.encryptedPdf(),
        "unmapped.pdf", BadFiles.pdfWithoutUnicodeMaps(),
        "cut.docx", BadFiles.truncated(BadFiles.seedDocx(), 0.5),
        "attachments.zip", BadFiles.zipNotDocx(),
        "locked.docx", BadFiles.encryptedDocx(),
        "locked.doc", BadFiles.encryptedDoc(),
        "cut.doc", BadFiles.truncated(BadFiles.seedDoc(), 0.5),
        "locked.xls", BadFiles.encryptedXls(),
        "report.txt.gz", BadFiles.gzipped(BadFiles.seedDocx()));
    Map<String, String> expected = Map.of(
        "scan.pdf", "no_text_layer: no text layer (image-only PDF); needs OCR",
        "locked.pdf", "encrypted: password-protected (encrypted) PDF",
        "unmapped.pdf", "no_unicode_map: the text's fonts carry no map to Unicode",
        "cut.docx", "corrupt: damaged ZIP/DOCX file",
        "attachments.zip", "binary: ZIP archive that is no Word (DOCX), Excel (XLSX) or OpenDocument (ODT, ODS) file",
        "locked.docx", "encrypted: password-protected (encrypted) Office file",
        "locked.doc", "encrypted: password-protected (encrypted) Office file",
        "cut.doc", "corrupt: damaged legacy Office (OLE2) file",
        "locked.xls", "encrypted: password-protected (encrypted) Office file",
        "report.txt.gz", "binary: gzip-compressed file: unpack it");
    // Without OCR (--ocr=false): with it the scan and the unmapped PDF are read from their pages (see below).
    ReportProcessor processor = ReportProcessor.withRegistered(false);
    files.forEach((name, bytes) -> {
      ProcessedReport r = processor.process(name, bytes);
      assertThat(r.status()).as(name).isEqualTo(ReportProcessor.UNREADABLE);
      assertThat(r.warnings()).as(name).hasSize(1);
      assertThat(r.warnings().get(0).code() + ": " + r.warnings().get(0).message()).as(name).startsWith(expected.get(name));
    });
  }

  /** A PDF whose fonts do not say which characters their glyphs are is read by OCR from its rendered pages. */
  @Test
  void withOcrAPdfWithoutUnicodeMapsIsReadFromItsPages() throws Exception {
    ProcessedReport r = ReportProcessor.withRegistered().process("unmapped.pdf", BadFiles.pdfWithoutUnicodeMaps());
    assertThat(r.status()).isIn(ReportProcessor.EXTRACTED, ReportProcessor.PARTIAL);
    assertThat(r.format()).isEqualTo("pdf");
    assertThat(r.warnings()).anyMatch(w -> w.code().equals(ReportProcessor.OCR) && w.message().startsWith("every value read by OCR"));
    assertThat(r.tables()).containsKey("applications");
  }

  /**
   * A page's pictures left unread are noted where they may matter, a table missing or given only by a sentence (the
   * table may be the picture), and not beside tables read in full (a logo is not worth a warning).
   */
  @Test
  void picturesNotReadAreNotedWhereATableIsMissingOrGivenOnlyByASentence() throws Exception {
    ReportProcessor processor = ReportProcessor.withRegistered(false);
    Map<String, Boolean> noted = new java.util.TreeMap<>();
    for (Gold seed : TestCorpus.under("seeds")) {
      ProcessedReport r = processor.process(seed.name() + ".html", pageWithPicture(seed));
      boolean tableMissingOrFromProse = r.warnings().stream().anyMatch(w -> w.code().equals("missing_tables") || w.code().equals("from_prose"));
      noted.put(seed.name(), r.warnings().stream().anyMatch(w -> w.code().equals("pictures_unread")
          && w.message().startsWith("1 picture(s) shown but not read (linked, not in the file: /upload/table.png)")));
      assertThat(noted.get(seed.name())).as(seed.name()).isEqualTo(tableMissingOrFromProse);
    }
    assertThat(noted).containsValue(true).containsValue(false);
  }

  private static byte[] pageWithPicture(Gold seed) throws java.io.IOException {
    StringBuilder page = new StringBuilder("<html><body><img src=\"/upload/table.png\">");
    Files.readAllLines(seed.report()).forEach(line -> page.append("<p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>"));
    return page.append("</body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void nonReportsAreRecognizedAndNotExtracted() {
    ProcessedReport r = ReportProcessor.withRegistered().process("menu.txt", "红烧肉\n五花肉切块。".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(ReportProcessor.NOT_A_REPORT);
    assertThat(r.tables()).isEmpty();
  }

  /** A statistics period stated for another year than the title's is warned of with both years, the title's taken. */
  @Test
  void aStatisticsPeriodOfAnotherYearIsWarnedOf() {
    String text = "某县财政局2022年政府信息公开工作年度报告\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n";
    ProcessedReport r = ReportProcessor.withRegistered().process("conflict.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("year_conflict") && w.message().contains("2022") && w.message().contains("2021"));
  }
}
