package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.govdisclosure.extract.BadFiles;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

  private static final float SIZE = 10;

  @Test
  void cellsAreSplitAtWideGapsWrappedProseIsJoinedAndThePageNumberDropped() throws Exception {
    byte[] pdf = pdf(
        line(72, 700, "Report for the year"),
        line(92, 680, "The first line of a paragraph, which is indented, runs on and on until it reaches the far right margin of"),
        line(72, 668, "the page and goes on here."),
        line(72, 640, "Item"), line(180, 640, "Count"), line(240, 640, "Amount"),
        line(72, 628, "Purchases"), line(180, 628, "23"), line(240, 628, "709929.6"),
        line(280, 40, "- 1 -"));
    List<Block> blocks = new PdfReader().read(pdf).document().blocks();
    assertThat(blocks).containsExactly(
        new Paragraph("Report for the year"),
        new Paragraph("The first line of a paragraph, which is indented, runs on and on until it reaches the far right margin ofthe page and goes on here."),
        new Table(List.of(row("Item", "Count", "Amount"), row("Purchases", "23", "709929.6"))));
  }

  @Test
  void anEmptyCellThatThePdfDoesNotPrintIsPutBackUnderItsColumn() throws Exception {
    byte[] pdf = pdf(
        line(72, 640, "Item"), line(180, 640, "Made"), line(240, 640, "Published"), line(320, 640, "Total"),
        line(72, 628, "Rules"), line(185, 628, "0"), line(325, 628, "3"),
        line(72, 616, "Documents"), line(185, 616, "4"), line(245, 616, "2"), line(325, 616, "6"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "Made", "Published", "Total"), row("Rules", "0", "", "3"), row("Documents", "4", "2", "6"))));
  }

  @Test
  void aHeaderSplitIntoMoreCellsThanTheValuesDoesNotShiftThem() throws Exception {
    byte[] pdf = pdf(
        line(72, 640, "Item"), line(180, 640, "New"), line(215, 640, "made"), line(260, 640, "New"),
        line(295, 640, "published"), line(360, 640, "Total"),
        line(72, 628, "Rules"), line(185, 628, "4"), line(265, 628, "54"), line(365, 628, "58"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "New", "made", "New", "published", "Total"), row("Rules", "4", "54", "58"))));
  }

  @Test
  void onlyTheFirstPagesOfAHugePdfAreRead() throws Exception {
    Text[][] pages = new Text[PdfReader.MAX_PAGES + 5][];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = new Text[] {line(72, 700, "Page " + (i + 1))};
    }
    List<Block> blocks = new PdfReader().read(pdf(pages)).document().blocks();
    assertThat(blocks).hasSize(PdfReader.MAX_PAGES).endsWith(new Paragraph("Page " + PdfReader.MAX_PAGES));
  }

  @Test
  void aTruncatedPdfIsReadAsFarAsItGoesOrReportedDamaged() throws Exception {
    for (double fraction : new double[] {0.02, 0.5, 0.9}) {
      ReadResult r = new PdfReader().read(BadFiles.truncated(BadFiles.seedPdf(), fraction));
      assertThat(r.isReadable() || r.reason() != null).as("cut at " + fraction).isTrue();
    }
    ReadResult cut = new PdfReader().read(BadFiles.truncated(BadFiles.seedPdf(), 0.02));
    assertThat(cut.failure()).isEqualTo("corrupt");
  }

  private record Text(float x, float y, String text) {}

  private static Text line(float x, float y, String text) {
    return new Text(x, y, text);
  }

  private static Row row(String... cells) {
    return new Row(List.of(cells).stream().map(Cell::new).toList());
  }

  private static byte[] pdf(Text... texts) throws Exception {
    return pdf(new Text[][] {texts});
  }

  /** A PDF in Helvetica, one page per array of texts. */
  private static byte[] pdf(Text[][] pages) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (Text[] texts : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          for (Text t : texts) {
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(t.x(), t.y());
            content.showText(t.text());
            content.endText();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
