package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
  private static final String CJK_FONT = "/render/cjk-subset.ttf";

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

  /**
   * A page a browser printed: its first line says when (then the page's title), its last gives the page's address and
   * the sheet's number; neither is the report's, so neither joins the table they stand next to.
   */
  @Test
  void theLinesABrowserPrintsAboveAndBelowEachSheetAreDropped() throws Exception {
    byte[] pdf = pdf(
        line(20, 770, "12/6/26, 7:24 PM"), line(250, 770, "Annual report 2024"),
        line(72, 740, "Item"), line(180, 740, "Count"), line(240, 740, "Total"),
        line(72, 728, "Purchases"), line(180, 728, "23"), line(240, 728, "25"),
        line(20, 20, "https://www.example.gov.cn/zwgk/t1.html"), line(550, 20, "1/2"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("Item", "Count", "Total"), row("Purchases", "23", "25"))));
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

  /** Columns narrower than their numbers print two cells' numbers a space apart: two numbers, never one. */
  @Test
  void twoNumbersASpaceApartAreTwoCells() throws Exception {
    byte[] pdf = pdf(
        line(72, 640, "Item"), line(180, 640, "A"), line(215, 640, "B"), line(260, 640, "Total"),
        line(72, 628, "Rules"), line(180, 628, "24175 361"), line(260, 628, "24536"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "A", "B", "Total"), row("Rules", "24175", "361", "24536"))));
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
  void aLabelWrappedOverThreeLinesIsOneCellOfTheRowWhoseNumbersShareItsMiddleLine() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 160, 220, 280}, 700, 680, 640),
        line(76, 687, "Item"), line(164, 687, "Made"), line(224, 687, "Total"),
        line(76, 668, "Documents"), line(76, 657, "issued by"), line(164, 657, "4"), line(224, 657, "6"),
        line(76, 646, "the office"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "Made", "Total"), row("Documents issued by the office", "4", "6"))));
  }

  @Test
  void aHeaderCellWrappedOverTwoLinesIsOneCell() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 160, 220, 280}, 700, 670, 650),
        line(76, 686, "Item"), line(164, 690, "New"), line(164, 678, "made"), line(224, 686, "Total"),
        line(76, 657, "Rules"), line(164, 657, "4"), line(224, 657, "9"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "New made", "Total"), row("Rules", "4", "9"))));
  }

  @Test
  void aGroupLabelMergedDownOverItsRowsBelongsToTheFirstOfThem() throws Exception {
    List<Mark> marks = new ArrayList<>(grid(new float[] {72, 140, 220, 280}, 700, 680));
    marks.addAll(List.of(hline(72, 280, 640), hline(140, 280, 660), vline(72, 680, 640), vline(140, 680, 640),
        vline(220, 680, 640), vline(280, 680, 640)));
    marks.addAll(List.of(line(76, 687, "Group"), line(144, 687, "Kind"), line(224, 687, "Count"),
        line(76, 664, "Results"), line(76, 653, "handled"),
        line(144, 667, "Granted"), line(224, 667, "3"), line(144, 647, "Refused"), line(224, 647, "1")));
    assertThat(new PdfReader().read(pdf(marks.toArray(Mark[]::new))).document().blocks()).containsExactly(new Table(List.of(
        row("Group", "Kind", "Count"), row("Results handled", "Granted", "3"), row("", "Refused", "1"))));
  }

  /**
   * Header rows printing fewer titles than the table has columns (the note and the total merged down over two rows,
   * the applicants' title over three columns) are laid out on the table's columns, each title over its own column,
   * as wide as the value rows: counted from the right, the subtotal's title would stand over the totals.
   */
  @Test
  void headerRowsWithFewerTitlesThanColumnsAreLaidOutOverTheirColumns() throws Exception {
    List<Mark> marks = new ArrayList<>(List.of(hline(72, 300, 700), hline(140, 260, 680), hline(72, 300, 660),
        hline(72, 300, 640), vline(72, 700, 640), vline(140, 700, 640), vline(260, 700, 640), vline(300, 700, 640)));
    for (float x : new float[] {180, 220}) {
      marks.add(vline(x, 680, 640));
    }
    marks.addAll(List.of(line(76, 677, "Note"), line(144, 687, "Applicants"), line(264, 677, "Total"),
        line(144, 667, "A"), line(184, 667, "B"), line(224, 667, "Sub"),
        line(76, 647, "Granted"), line(144, 647, "3"), line(184, 647, "4"), line(224, 647, "7"), line(264, 647, "9")));
    assertThat(new PdfReader().read(pdf(marks.toArray(Mark[]::new))).document().blocks()).containsExactly(new Table(List.of(
        row("Note", "Applicants", "", "", "Total"), row("", "A", "B", "Sub", ""), row("Granted", "3", "4", "7", "9"))));
  }

  /**
   * A label overflowing a row too low for it (a spreadsheet's fixed row heights) is printed over the next row's label
   * a little off its baseline: the two are two lines, not one label with their letters interleaved.
   */
  @Test
  void twoTextsPrintedOverEachOtherALittleOffOneBaselineAreTwoLines() throws Exception {
    byte[] pdf = pdf(line(76, 650, "Granted"), line(200, 650.2f, "3"), line(240, 650.2f, "5"), line(76, 647.3f, "Partly"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("Granted", "3", "5"))), new Paragraph("Partly"));
  }

  /**
   * A spreadsheet clips a label too long for its row to its cell: the label's first line, hidden above the cell, lies
   * on the row above's counts and would take them. Text the page clips away is not read.
   */
  @Test
  void textThePageClipsAwayIsNotRead() throws Exception {
    byte[] pdf = pdf(
        new Clipped(72, 656, 300, 675, line(76, 668, "Refused"), line(200, 660, "2"), line(240, 660, "4")),
        new Clipped(72, 642, 300, 656, line(76, 660, "Late"), line(76, 647, "reply"), line(200, 647, "3"), line(240, 647, "5")));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("Refused", "2", "4"), row("reply", "3", "5"))));
  }

  /** Its ruling a hair below the row's others (within the rulings' tolerance), a merged label still opens the row. */
  @Test
  void aMergedLabelWhoseTopRulingLiesAHairLowerStillComesFirstInItsRow() throws Exception {
    List<Mark> marks = new ArrayList<>(List.of(hline(72, 280, 700), hline(72, 140, 679.4f), hline(140, 280, 680),
        hline(72, 280, 640), hline(140, 280, 660)));
    for (float x : new float[] {72, 140, 220, 280}) {
      marks.add(vline(x, 700, 640));
    }
    marks.addAll(List.of(line(76, 687, "Group"), line(144, 687, "Kind"), line(224, 687, "Count"),
        line(76, 656, "Handled"), line(144, 667, "Granted"), line(224, 667, "3"), line(144, 647, "Refused"), line(224, 647, "1")));
    assertThat(new PdfReader().read(pdf(marks.toArray(Mark[]::new))).document().blocks()).containsExactly(new Table(List.of(
        row("Group", "Kind", "Count"), row("Handled", "Granted", "3"), row("", "Refused", "1"))));
  }

  /**
   * A label cell whose top border an HTML printer draws a few points inside the row, across the label's first line:
   * the label is still its row's, with the numbers beside it; a merged cell's lower sub-row still starts a row.
   */
  @Test
  void aLabelWhoseTopBorderIsDrawnAFewPointsInsideItsRowStaysInTheRow() throws Exception {
    List<Mark> marks = new ArrayList<>(List.of(hline(72, 280, 700), hline(72, 280, 680), hline(72, 140, 677),
        hline(72, 280, 640), hline(72, 280, 620), hline(140, 280, 600), hline(72, 280, 580)));
    for (float x : new float[] {72, 140, 220, 280}) {
      marks.add(vline(x, 700, 580));
    }
    marks.addAll(List.of(line(76, 687, "Kind"), line(144, 687, "A"), line(224, 687, "B"),
        line(76, 668, "Partly"), line(76, 656, "granted"), line(144, 662, "8"), line(224, 662, "3"),
        line(76, 627, "Refused"), line(144, 627, "1"), line(224, 627, "2"),
        line(76, 597, "Late"), line(144, 607, "4"), line(224, 607, "5"), line(144, 587, "6"), line(224, 587, "7")));
    assertThat(new PdfReader().read(pdf(marks.toArray(Mark[]::new))).document().blocks()).containsExactly(new Table(List.of(
        row("Kind", "A", "B"), row("Partly granted", "8", "3"), row("Refused", "1", "2"), row("Late", "4", "5"),
        row("", "6", "7"))));
  }

  /** The page prints nothing in an empty cell but rules it: the blank keeps its place, mid-row and at the row's end. */
  @Test
  void aRuledCellPrintedEmptyKeepsItsPlaceInItsRow() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 160, 200, 240, 280, 320}, 700, 680, 660, 640),
        line(76, 687, "Item"), line(164, 687, "A"), line(204, 687, "B"), line(244, 687, "C"), line(284, 687, "Total"),
        line(76, 667, "Rules"), line(164, 667, "4"), line(244, 667, "2"), line(284, 667, "6"),
        line(76, 647, "Fees"), line(164, 647, "1"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "A", "B", "C", "Total"), row("Rules", "4", "", "2", "6"), row("Fees", "1", "", "", ""))));
  }

  /**
   * A row of values only (section 四's) whose first cells print nothing: those cells start on the row's own ruling, so
   * they are its empty cells and the values stay under their columns; a blank mark opening the row is a value too.
   */
  @Test
  void aRowOfValuesOnlyWhoseFirstCellsPrintNothingKeepsThemEmpty() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 110, 150, 190, 230}, 700, 680, 660, 640),
        line(76, 687, "Upheld"), line(114, 687, "Other"), line(154, 687, "Open"), line(194, 687, "Total"),
        line(154, 667, "2"), line(194, 667, "2"),
        line(76, 647, "/"), line(154, 647, "3"), line(194, 647, "3"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Upheld", "Other", "Open", "Total"), row("", "", "2", "2"), row("/", "", "3", "3"))));
  }

  /**
   * Text run up to a drawn cell border and a number just past it, closer than the gap that parts cells on an
   * unruled line: the border parts them (a narrow label column's text, or a merged label's first line beside the
   * next column's label, as office exports print them).
   */
  @Test
  void textRunningUpToACellBorderIsPartedThereThoughTheGapIsNarrow() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 160, 200, 240}, 700, 680, 660),
        line(76, 687, "Item"), line(164, 687, "Made"), line(204, 687, "Total"),
        line(132, 667, "Rules"), line(162, 667, "4"), line(202, 667, "6"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "Made", "Total"), row("Rules", "4", "6"))));
  }

  /**
   * A ruled row whose group column prints nothing (the group label's text is on the page above): left of its numbers
   * that is a label's place, not a value column, so the other rows get no blank value before theirs.
   */
  @Test
  void aLabelPlacePrintedEmptyLeftOfTheNumbersIsNoValueColumn() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 110, 150, 220, 260, 300}, 700, 680, 660),
        line(76, 687, "Group"), line(114, 687, "Part"), line(154, 687, "Granted"), line(224, 687, "3"), line(264, 687, "5"),
        line(76, 667, "Rest"), line(154, 667, "Refused"), line(224, 667, "1"), line(264, 667, "2"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Group", "Part", "Granted", "3", "5"), row("Rest", "", "Refused", "1", "2"))));
  }

  @Test
  void twoNumbersInOneRuledBoxAreNotJoinedIntoOneButReadAsPrinted() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 160, 280}, 700, 680, 660),
        line(76, 687, "Item"), line(164, 687, "Made"), line(224, 687, "Total"),
        line(76, 667, "Rules"), line(164, 667, "4"), line(224, 667, "6"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "Made", "Total"), row("Rules", "4", "6"))));
  }

  /**
   * A browser breaks a number too wide for its narrow ruled cell ({@code 57} over {@code 2}): the row's other cells
   * print their text once, midway between those two lines, so the cell holds one number, 572. Two figures standing on
   * the lines of the other cells' own text are two rows' whose ruling is missing: not joined.
   */
  @Test
  void aNumberWrappedInsideItsNarrowRuledCellIsOneNumber() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 160, 200, 220}, 700, 680, 650),
        line(76, 687, "Item"), line(164, 687, "Made"), line(203, 687, "T"),
        line(76, 661, "Total"), line(164, 661, "175"), line(203, 667, "57"), line(203, 655, "2"), line(72, 600, "End."));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Item", "Made", "T"), row("Total", "175", "572"))), new Paragraph("End."));

    byte[] grouped = pdf(grid(new float[] {72, 160, 200, 230}, 700, 680, 650),
        line(76, 687, "Item"), line(164, 687, "Made"), line(203, 687, "T"),
        line(76, 661, "Total"), line(164, 661, "175"), line(203, 667, "16,48"), line(203, 655, "4"), line(72, 600, "End."));
    assertThat(rows(new PdfReader().read(grouped).document().blocks())).contains(List.of("Total", "175", "16,484"));

    byte[] twoRows = pdf(grid(new float[] {72, 160, 200, 220}, 700, 680, 650),
        line(76, 687, "Item"), line(164, 687, "Made"), line(203, 687, "T"),
        line(76, 667, "Rules"), line(164, 667, "17"), line(203, 667, "57"), line(203, 655, "2"), line(72, 600, "End."));
    assertThat(rows(new PdfReader().read(twoRows).document().blocks())).doesNotContain(List.of("Rules", "17", "572"));
  }

  /**
   * Two lines of digits in a ruled cell wide enough to hold both on one line ({@code 57} over {@code 2} in a cell with
   * room for six more digits) did not wrap: the cell prints two figures, as two paragraphs, never the number 572.
   */
  @Test
  void digitsUnderAFigureWithRoomToSpareInItsCellAreNotJoinedToIt() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 160, 200, 260}, 700, 680, 650),
        line(76, 687, "Item"), line(164, 687, "Made"), line(203, 687, "T"),
        line(76, 661, "Total"), line(164, 661, "175"), line(203, 667, "57"), line(203, 655, "2"), line(72, 600, "End."));
    assertThat(rows(new PdfReader().read(pdf).document().blocks()).stream().flatMap(List::stream)).doesNotContain("572");
  }

  /**
   * A ruled table whose rows cannot be rebuilt (a cell holding two figures) is read line by line; a figure of the next
   * row under a figure filling its column is still that row's, as the rule drawn between them says.
   */
  @Test
  void digitsUnderAFigureWithARuleBetweenThemAreNotJoinedToIt() throws Exception {
    byte[] pdf = pdf(grid(new float[] {72, 160, 200, 240}, 700, 680, 662, 630),
        line(76, 687, "Item"), line(164, 687, "Made"), line(204, 687, "Total"),
        line(76, 667, "(6) Other"), line(164, 667, "4"), line(204, 667, "60"),
        line(204, 654, "57"), line(76, 642, "(7) Total"), line(204, 642, "2"), line(72, 600, "End."));
    assertThat(rows(new PdfReader().read(pdf).document().blocks()).stream().flatMap(List::stream)).doesNotContain("6057");
  }

  @Test
  void proseAroundARuledTableStaysProseAndWrappedProseIsStillJoined() throws Exception {
    List<Mark> marks = new ArrayList<>(List.of(
        line(92, 730, "The first line of a paragraph, which is indented, runs on and on until it reaches the far right margin of"),
        line(72, 718, "the page and goes on here.")));
    marks.addAll(grid(new float[] {72, 160, 220}, 700, 680, 660));
    marks.addAll(List.of(line(76, 687, "Item"), line(164, 687, "Count"), line(76, 667, "Rules"), line(164, 667, "2"),
        line(72, 645, "Figures are provisional.")));
    assertThat(new PdfReader().read(pdf(marks.toArray(Mark[]::new))).document().blocks()).containsExactly(
        new Paragraph("The first line of a paragraph, which is indented, runs on and on until it reaches the far right margin ofthe page and goes on here."),
        new Table(List.of(row("Item", "Count"), row("Rules", "2"))),
        new Paragraph("Figures are provisional."));
  }

  /**
   * A three-line table: rules above and below the header and below the body only. Titles stacked a few characters a
   * line in narrow columns are one header row; a label and its numbers a little off its baseline are one row.
   */
  @Test
  void aThreeLineTablesStackedHeaderTitlesAreOneRowAndALabelJoinsItsNumbers() throws Exception {
    byte[] pdf = pdf(List.of(hline(60, 300, 700), hline(60, 300, 660), hline(60, 300, 630)),
        line(180, 690, "Ne"), line(240, 690, "To"),
        line(72, 678, "Item"), line(180, 678, "w"), line(240, 678, "ta"),
        line(240, 666, "l"),
        line(72, 648, "Rules"), line(180, 642, "3"), line(240, 642, "5"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("Item", "New", "Total"), row("Rules", "3", "5"))));
  }

  /**
   * A three-line table, without rulings between its columns: a long label runs up to the first value column and the
   * value there is set as close as a letter ({@code Documents} ends at 122.6, its {@code 4} starts at 123.5, where the
   * other rows print theirs): the digits are that column's value, not the label's end.
   */
  @Test
  void aValueSetAgainstALabelRunningIntoItsColumnIsAValueOfItsOwn() throws Exception {
    byte[] pdf = pdf(List.of(hline(60, 300, 700), hline(60, 300, 660), hline(60, 300, 600)),
        line(72, 678, "Item"), line(120, 678, "Made"), line(200, 678, "Total"),
        line(72, 640, "Rules"), line(120, 640, "0"), line(200, 640, "3"),
        line(72, 620, "Documents"), line(123.5f, 620, "4"), line(200, 620, "6"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("Item", "Made", "Total"), row("Rules", "0", "3"), row("Documents", "4", "6"))));
  }

  /**
   * A label wrapped under a value set against its line (no ruling parts them: {@code 业性收30}), its last line a single
   * character ({@code 费}): the character runs on the label before the value, which stays the cell's last text.
   */
  @Test
  void aLabelWrappedUnderAValueSetAgainstItKeepsItsLastCharacterBeforeTheValue() throws Exception {
    byte[] pdf = cjkPdf(hline(60, 300, 700), hline(60, 300, 580),
        line(72, 612, "业性收"), line(103, 612, "30"), line(150, 612, "0"),
        line(72, 600, "费"));
    List<Block> blocks = new PdfReader().read(pdf).document().blocks();
    assertThat(blocks.get(blocks.size() - 1)).isEqualTo(new Table(List.of(row("业性收费30", "0"))));
  }

  /**
   * A three-line table whose narrow columns wrap a title over two lines and a label over three, the row's numbers
   * beside the label's middle line: a cell's lines are 1.2 ems apart, rows 2 (their cells' padding): each row is one.
   */
  @Test
  void aThreeLineTablesCellsWrappedOverLinesSetCloserThanItsRowsAreOneRowEach() throws Exception {
    byte[] pdf = cjkPdf(hline(60, 300, 700), hline(60, 300, 660), hline(60, 300, 585),
        line(72, 680, "信息内"), line(115, 680, "本年制发"), line(170, 680, "现行有"),
        line(72, 668, "容"), line(115, 668, "件数"), line(170, 668, "效件数"),
        line(72, 640, "规章"), line(115, 640, "3"), line(170, 640, "5"),
        line(72, 620, "行政规"),
        line(72, 608, "范性文"), line(115, 608, "4"), line(170, 608, "6"),
        line(72, 596, "件"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("信息内容", "本年制发件数", "现行有效件数"), row("规章", "3", "5"), row("行政规范性文件", "4", "6"))));
  }

  /** Rows set as close as a wrapped cell's lines give no sign which row a label's line belongs to: they stay as printed. */
  @Test
  void rowsSetAsCloseAsACellsLinesAreNotJoined() throws Exception {
    byte[] pdf = cjkPdf(hline(60, 300, 700), hline(60, 300, 585),
        line(72, 640, "规章"), line(115, 640, "3"), line(170, 640, "5"),
        line(72, 628, "行政规"),
        line(72, 616, "范性文"), line(115, 616, "4"), line(170, 616, "6"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("规章", "3", "5"))), new Paragraph("行政规"), new Table(List.of(row("范性文", "4", "6"))));
  }

  /**
   * A line under a row's label that opens another label with its ordinal ({@code 开（二）部分}, two labels set as close
   * as a word) is not that label's line, however close: the row stays as printed.
   */
  @Test
  void aLineOpeningAnotherLabelIsNotJoinedToTheLabelAbove() throws Exception {
    byte[] pdf = cjkPdf(hline(60, 300, 700), hline(60, 300, 585),
        line(72, 640, "（一）予以公"), line(150, 640, "3"), line(180, 640, "5"),
        line(72, 628, "开（二）部分"),
        line(72, 608, "公开"), line(150, 608, "1"), line(180, 608, "1"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("（一）予以公", "3", "5"))), new Paragraph("开（二）部分"), new Table(List.of(row("公开", "1", "1"))));
  }

  /** The same with a decimal amount set against the label: the number stays whole, after the label's last character. */
  @Test
  void aLabelWrappedUnderADecimalSetAgainstItKeepsTheNumberWhole() throws Exception {
    byte[] pdf = cjkPdf(hline(60, 300, 700), hline(60, 300, 580),
        line(72, 612, "业性收"), line(103, 612, "11.4977"), line(150, 612, "0"),
        line(72, 600, "费"));
    List<Block> blocks = new PdfReader().read(pdf).document().blocks();
    assertThat(blocks.get(blocks.size() - 1)).isEqualTo(new Table(List.of(row("业性收费11.4977", "0"))));
  }

  /**
   * A three-line table of tight columns: its titles, Chinese set solid, stand a third of an em apart, closer than a
   * cell gap ({@code 信息内容} ends at 112, {@code 本年制发件数} starts at 115): three cells of a header row, not one line
   * of text.
   */
  @Test
  void chineseSetSolidWithAGapBetweenTwoCharactersIsTwoCells() throws Exception {
    byte[] pdf = cjkPdf(hline(60, 300, 700), hline(60, 300, 660), hline(60, 300, 600),
        line(72, 678, "信息内容"), line(115, 678, "本年制发件数"), line(178, 678, "现行有效件数"),
        line(72, 640, "规章"), line(115, 640, "3"), line(178, 640, "5"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("信息内容", "本年制发件数", "现行有效件数"), row("规章", "3", "5"))));
  }

  /**
   * A three-line table going on on a new page prints its header rows again between its top rule and the rule under
   * them: read once, the rows below stay under the sub-table they were printed in, not under the first one's titles.
   */
  @Test
  void aThreeLineTablesHeaderRepeatedOnTheNextPageIsReadOnce() throws Exception {
    Mark[] page1 = {hline(60, 300, 700), line(72, 690, "Part (1)"), line(72, 675, "Item"), line(180, 675, "New"), line(240, 675, "Total"),
        hline(60, 300, 665), line(72, 650, "Rules"), line(180, 650, "3"), line(240, 650, "5"),
        line(72, 635, "Part (5)"), line(72, 620, "Item"), line(180, 620, "Previous"), line(240, 620, "Change"),
        line(72, 605, "Permits"), line(180, 605, "1"), line(240, 605, "2")};
    Mark[] page2 = {hline(60, 300, 700), line(72, 690, "Part (1)"), line(72, 675, "Item"), line(180, 675, "New"), line(240, 675, "Total"),
        hline(60, 300, 665), line(72, 650, "Penalties"), line(180, 650, "4"), line(240, 650, "0"), hline(60, 300, 640)};
    assertThat(new PdfReader().read(pdf(new Mark[][] {page1, page2})).document().blocks()).containsExactly(
        new Paragraph("Part (1)"), new Table(List.of(row("Item", "New", "Total"), row("Rules", "3", "5"))),
        new Paragraph("Part (5)"), new Table(List.of(row("Item", "Previous", "Change"), row("Permits", "1", "2"), row("Penalties", "4", "0"))));
  }

  /** A table that a rule closed on the last page is not going on: a table below the same titles is a table of its own. */
  @Test
  void aNewThreeLineTableWithTheTitlesOfOneClosedOnTheLastPageKeepsThem() throws Exception {
    Mark[] page1 = {hline(60, 300, 700), line(72, 675, "Item"), line(180, 675, "New"), line(240, 675, "Total"),
        hline(60, 300, 665), line(72, 650, "Rules"), line(180, 650, "3"), line(240, 650, "5"), hline(60, 300, 640),
        line(72, 620, "Notes.")};
    Mark[] page2 = {hline(60, 300, 700), line(72, 675, "Item"), line(180, 675, "New"), line(240, 675, "Total"),
        hline(60, 300, 665), line(72, 650, "Penalties"), line(180, 650, "4"), line(240, 650, "0"), hline(60, 300, 640)};
    assertThat(new PdfReader().read(pdf(new Mark[][] {page1, page2})).document().blocks()).containsExactly(
        new Table(List.of(row("Item", "New", "Total"), row("Rules", "3", "5"))), new Paragraph("Notes."),
        new Table(List.of(row("Item", "New", "Total"), row("Penalties", "4", "0"))));
  }

  /**
   * A row label wrapped a character a line down a narrow column, on over a page break below the repeated header, is
   * one label; a character printed a line lower than the next is not part of it.
   */
  @Test
  void aLabelWrappedACharacterALineIsOneLabelAlsoOverAPageBreak() throws Exception {
    Mark[] page1 = {hline(60, 300, 700), line(72, 690, "申请"), line(210, 690, "公开"), line(240, 690, "总计"), hline(60, 300, 680),
        line(72, 665, "结果"), line(140, 665, "（二）"), line(210, 665, "3"), line(240, 665, "5"),
        line(140, 650, "部"), line(140, 635, "分")};
    Mark[] page2 = {hline(60, 300, 700), line(72, 690, "申请"), line(210, 690, "公开"), line(240, 690, "总计"), hline(60, 300, 680),
        line(140, 665, "公"), line(140, 650, "开"),
        line(72, 635, "（三）"), line(140, 635, "不予"), line(210, 635, "1"), line(240, 635, "2"), line(140, 600, "其"), hline(60, 300, 590)};
    assertThat(new PdfReader().read(pdf(new Mark[][] {page1, page2}, true)).document().blocks()).containsExactly(
        new Table(List.of(row("申请", "公开", "总计"), row("结果", "（二）部分公开", "3", "5"), row("（三）", "不予", "1", "2"))),
        new Paragraph("其"));
  }

  /**
   * Narrow cells whose wrapped lines are set closer than their glyphs' boxes are tall (LibreOffice sets Noto CJK at
   * 12 pt, boxes 17 pt tall, on 14 pt lines; the renderings' font has boxes two thirds of an em tall, so here lines
   * are 0.6 em apart), each cell's text written before the next cell's: each printed line is a line of its own, its
   * glyphs not mixed with those of the line below (and the lines of one row, set closer than the rows, one row).
   */
  @Test
  void linesSetCloserThanTheirGlyphsAreTallAreNotMixed() throws Exception {
    byte[] pdf = cjkPdf(
        line(72, 640, "三、本年"), line(72, 634, "度办理结果"),
        line(140, 640, "（一）予以"), line(140, 634, "公开"), line(210, 640, "3"), line(240, 640, "5"),
        line(140, 610, "（二）部分"), line(210, 610, "1"), line(240, 610, "1"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("三、本年度办理结果", "（一）予以公开", "3", "5"), row("", "（二）部分", "1", "1"))));
  }

  /**
   * Columns narrower than their numbers wrap them ({@code 136} over {@code 12}): the digits of the next line go on
   * the number above where they sit under a number filling its column, beside only the rest of a wrapped label,
   * below a line opening a row; or on a line of their own.
   */
  @Test
  void digitsWrappedUnderANumberFillingItsColumnAreJoinedToIt() throws Exception {
    byte[] pdf = pdf(
        line(72, 640, "1. New"), line(150, 640, "247"), line(190, 640, "361"), line(230, 640, "250"),
        line(72, 628, "cases"), line(150, 628, "18"), line(230, 628, "71"),
        line(72, 610, "(7) Total"), line(150, 610, "241"), line(190, 610, "36"), line(230, 610, "245"),
        line(150, 598, "75"), line(230, 598, "39"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(
        new Table(List.of(row("1. Newcases", "24718", "361", "25071"), row("(7) Total", "24175", "36", "24539"))));
  }

  /**
   * Digits on the next line stay as printed where they may be a row of their own: below a line opening no row,
   * beside a label opening one, or under a number narrower than its column's widest, set to the left or to the
   * right (it had room for them).
   */
  @Test
  void digitsThatMayBeTheNextRowsStayAsPrinted() throws Exception {
    byte[] pdf = pdf(
        line(72, 640, "Permits"), line(150, 640, "113"), line(190, 640, "7"),
        line(72, 628, "Penalties"), line(150, 628, "69"), line(190, 628, "2"),
        line(72, 610, "2. Refused"), line(150, 610, "113"), line(190, 610, "7"),
        line(72, 598, "3. Withheld"), line(150, 598, "5"), line(190, 598, "1"),
        line(72, 580, "4. Other"), line(150, 580, "13"), line(190, 580, "7"),
        line(72, 568, "cases"), line(150, 568, "5"), line(190, 568, "1"),
        line(72, 550, "5. Fees"), line(150, 550, "1130"), line(190, 550, "7"),
        line(72, 532, "6. Costs"), line(155.56f, 532, "113"), line(190, 532, "7"),
        line(72, 520, "cases"), line(161.12f, 520, "69"), line(190, 520, "1"));
    assertThat(new PdfReader().read(pdf).document().blocks()).containsExactly(new Table(List.of(
        row("Permits", "113", "7"), row("Penalties", "69", "2"), row("2. Refused", "113", "7"), row("3. Withheld", "5", "1"),
        row("4. Other", "13", "7"), row("cases", "5", "1"), row("5. Fees", "1130", "7"), row("6. Costs", "113", "7"),
        row("cases", "69", "1"))));
  }

  @Test
  void onlyTheFirstPagesOfAHugePdfAreReadAndTheRestIsNamed() throws Exception {
    Mark[][] pages = new Mark[PdfReader.MAX_PAGES + 5][];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = new Mark[] {line(72, 700, "Page " + (i + 1))};
    }
    ReadResult r = new PdfReader().read(pdf(pages));
    assertThat(r.document().blocks()).hasSize(PdfReader.MAX_PAGES).endsWith(new Paragraph("Page " + PdfReader.MAX_PAGES));
    assertThat(r.truncated()).isEqualTo("only the first 300 of 305 pages read");
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

  /** Something printed on a test page: text, or a ruling from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}). */
  private sealed interface Mark {}

  private record Text(float x, float y, String text) implements Mark {}

  private record Rule(float x0, float y0, float x1, float y1) implements Mark {}

  /** Texts printed clipped to the rectangle from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}). */
  private record Clipped(float x0, float y0, float x1, float y1, Text... texts) implements Mark {}

  /**
   * A sheet a spreadsheet program printed wider than its paper: its rows over pages 1–2, the columns that did not fit
   * on pages 3–4 without labels. Each later page's counts lie on the rows of the page two before, and are read as
   * those rows continued; a word processor's pages are never so stitched.
   */
  @Test
  void aWideSheetsLaterPagesAreReadBesideTheRowsTheyContinue() throws Exception {
    Mark[][] pages = {
        {line(50, 700, "Alpha"), line(150, 700, "1"), line(200, 700, "2"), line(50, 680, "Beta"), line(150, 680, "3"), line(200, 680, "4")},
        {line(50, 700, "Gamma"), line(150, 700, "5"), line(200, 700, "6")},
        {line(60, 720, "Total"), line(60, 700, "7"), line(60, 680, "8")},
        {line(60, 720, "Total"), line(60, 700, "9")}};
    List<List<String>> rows = rows(new PdfReader().read(pdf(pages, false, "Calc")).document().blocks());
    assertThat(rows).contains(List.of("Alpha", "1", "2", "7"), List.of("Beta", "3", "4", "8"), List.of("Gamma", "5", "6", "9"));
    List<List<String>> written = rows(new PdfReader().read(pdf(pages, false, "Writer")).document().blocks());
    assertThat(written).noneMatch(r -> r.contains("7") || r.contains("9"));
  }

  /** A page of a later column block that prints nothing (the sheet's cells there are empty) continues any page. */
  @Test
  void aWideSheetsBlankLaterPageDoesNotStopTheStitch() throws Exception {
    Mark[][] pages = {
        {line(50, 700, "Alpha"), line(150, 700, "1"), line(50, 680, "Beta"), line(150, 680, "2")},
        {line(50, 700, "Gamma"), line(150, 700, "3")},
        {line(60, 700, "4"), line(60, 680, "5")},
        {}};
    List<List<String>> rows = rows(new PdfReader().read(pdf(pages, false, "Calc")).document().blocks());
    assertThat(rows).contains(List.of("Alpha", "1", "4"), List.of("Beta", "2", "5"));
  }

  /**
   * Where the pages' rows lie on one grid, so that every later page could continue the page before it or the one
   * two before, which rows the counts continue is in doubt: no page is laid beside another.
   */
  @Test
  void aWideSheetWhoseBandOfPagesIsInDoubtIsNotStitched() throws Exception {
    Mark[] counts = {line(60, 700, "3"), line(60, 680, "4")};
    Mark[][] pages = {{line(50, 700, "Alpha"), line(150, 700, "1"), line(50, 680, "Beta"), line(150, 680, "2")}, counts, counts, counts};
    List<List<String>> rows = rows(new PdfReader().read(pdf(pages, false, "Calc")).document().blocks());
    assertThat(rows).noneMatch(r -> r.size() > 2);
  }

  /** The rows of the tables read, as their cells' texts, blank cells left out. */
  private static List<List<String>> rows(List<Block> blocks) {
    return blocks.stream().filter(Table.class::isInstance).flatMap(b -> ((Table) b).rows().stream())
        .map(r -> r.cells().stream().map(Cell::raw).filter(t -> !t.isBlank()).toList()).toList();
  }

  private static Text line(float x, float y, String text) {
    return new Text(x, y, text);
  }

  private static Rule hline(float x0, float x1, float y) {
    return new Rule(x0, y, x1, y);
  }

  private static Rule vline(float x, float y0, float y1) {
    return new Rule(x, y0, x, y1);
  }

  /** The rulings of a grid with the given column borders and row borders (top to bottom), no cell merged. */
  private static List<Mark> grid(float[] xs, float... ys) {
    List<Mark> rules = new ArrayList<>();
    for (float y : ys) {
      rules.add(hline(xs[0], xs[xs.length - 1], y));
    }
    for (float x : xs) {
      rules.add(vline(x, ys[0], ys[ys.length - 1]));
    }
    return rules;
  }

  private static Row row(String... cells) {
    return new Row(List.of(cells).stream().map(Cell::new).toList());
  }

  private static byte[] pdf(List<Mark> rules, Mark... texts) throws Exception {
    List<Mark> marks = new ArrayList<>(rules);
    marks.addAll(List.of(texts));
    return pdf(marks.toArray(Mark[]::new));
  }

  private static byte[] pdf(Mark... marks) throws Exception {
    return pdf(new Mark[][] {marks});
  }

  /** A PDF in Helvetica, one page per array of marks. */
  private static byte[] pdf(Mark[][] pages) throws Exception {
    return pdf(pages, false);
  }

  /** A one-page PDF in the CJK font the renderings use. */
  private static byte[] cjkPdf(Mark... marks) throws Exception {
    return pdf(new Mark[][] {marks}, true);
  }

  private static byte[] pdf(Mark[][] pages, boolean cjk) throws Exception {
    return pdf(pages, cjk, null);
  }

  /** @param creator the program the PDF's information names as its creator; null: none */
  private static byte[] pdf(Mark[][] pages, boolean cjk, String creator) throws Exception {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentInformation().setCreator(creator);
      PDFont font = cjk ? PDType0Font.load(doc, PdfReaderTest.class.getResourceAsStream(CJK_FONT)) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (Mark[] marks : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          for (Mark m : marks) {
            if (m instanceof Rule r) {
              content.moveTo(r.x0(), r.y0());
              content.lineTo(r.x1(), r.y1());
              content.stroke();
            } else if (m instanceof Text t) {
              show(content, font, t);
            } else if (m instanceof Clipped c) {
              content.saveGraphicsState();
              content.addRect(c.x0(), c.y0(), c.x1() - c.x0(), c.y1() - c.y0());
              content.clip();
              for (Text t : c.texts()) {
                show(content, font, t);
              }
              content.restoreGraphicsState();
            }
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void show(PDPageContentStream content, PDFont font, Text t) throws IOException {
    content.beginText();
    content.setFont(font, SIZE);
    content.newLineAtOffset(t.x(), t.y());
    content.showText(t.text());
    content.endText();
  }
}
