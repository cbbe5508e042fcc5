package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A report as pdftotext dumps its PDF without options, in its own reading order: every table cell a block of lines
 * parted from the next by a blank line; a row label wrapped over lines with the row's first count, printed at the
 * row's middle, between its pieces ({@code 7.属于行政执法} / {@code 0} / {@code 案卷}); merged labels as blocks of
 * their own, one or two characters a line ({@code （三）} / {@code 不予公} / {@code 开}), before the rows they span;
 * the captions of section 二's sub-tables in place or, as the dump reads them as a column, all after its last table;
 * each page's footer as its last block, and the next page's first line after a form feed.
 */
final class PdfDefaultText {

  private static final int PROSE_WIDTH = 30;
  /** The block that stands for a page break: a form feed, the next page's text right after it. */
  private static final List<String> FORM_FEED = List.of("\f");

  private final GeneratedReport report;
  private final LabelNoise noise;
  private final Random rnd;
  /** Characters of a row label per line: the label column's width. */
  private final int labelWidth;
  private final int pages;
  private final List<List<String>> blocks = new ArrayList<>();
  private int page = 1;

  private PdfDefaultText(GeneratedReport report, LabelNoise noise, Random rnd) {
    this.report = report;
    this.noise = noise;
    this.rnd = rnd;
    this.labelWidth = 6 + rnd.nextInt(12);
    this.pages = 4 + rnd.nextInt(6);
  }

  static String of(GeneratedReport r, LabelNoise noise, Random rnd) {
    return new PdfDefaultText(r, noise, rnd).print();
  }

  private String print() {
    prose(ReportDocument.title(report));
    for (int s = 0; s < TemplateRows.HEADINGS.size(); s++) {
      blocks.add(List.of(TemplateRows.HEADINGS.get(s)));
      switch (s) {
        case 1 -> proactive();
        case 2 -> applications();
        case 3 -> reviewLitigation();
        default -> prose("本机关严格按照《中华人民共和国政府信息公开条例》要求，认真做好政府信息公开工作，主动回应社会关切。");
      }
      if (rnd.nextInt(3) == 0) {
        pageBreak();
      }
    }
    blocks.add(List.of(PageFooter.of(rnd, page, pages, noise)));
    StringBuilder text = new StringBuilder();
    for (List<String> block : blocks) {
      if (block == FORM_FEED) {
        text.append('\f');
        continue;
      }
      block.forEach(l -> text.append(l).append('\n'));
      text.append('\n');
    }
    return text.toString();
  }

  private void proactive() {
    List<String> captions = new ArrayList<>();
    boolean captionsAfter = rnd.nextBoolean();
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(report.template())) {
      caption(t.caption(), captionsAfter ? captions : null);
      header(t.headers());
      for (int i = 0; i < t.items().size(); i++) {
        labelled(t.row(i, report, noise));
      }
    }
    if (report.procurementCount() != null) {
      caption(TemplateRows.PROCUREMENT_CAPTION, captionsAfter ? captions : null);
      header(TemplateRows.PROCUREMENT_HEADERS);
      labelled(TemplateRows.procurementRow(report, noise));
    }
    captions.forEach(c -> blocks.add(List.of(c)));
  }

  /** A sub-table's caption, in place or kept in {@code after} for the end. */
  private void caption(String caption, List<String> after) {
    if (after == null) {
      blocks.add(List.of(caption));
    } else {
      after.add(caption);
    }
  }

  /** A table's header: 信息内容 and each column's name, a block each. */
  private void header(List<String> names) {
    blocks.add(List.of(TemplateRows.ITEM_HEADER));
    names.forEach(n -> blocks.add(List.of(n)));
  }

  private void applications() {
    String note = TemplateRows.NOTE;
    int cut = note.length() / 2 + rnd.nextInt(4);
    blocks.add(List.of(note.substring(0, cut) + " " + TemplateRows.APPLICANTS_HEADER, note.substring(cut)));
    blocks.add(List.of(TemplateRows.LEGAL_PERSONS, TemplateRows.APPLICANTS.get(0)));
    blocks.add(List.of(noise.print(TemplateRows.TOTAL)));
    TemplateRows.APPLICANTS.subList(1, 6).forEach(a -> blocks.add(PdfTextLines.wrap(a, 4)));
    Label subgroup = null;
    boolean inResults = false;
    for (TemplateRows.Row row : TemplateRows.applications(report.template())) {
      if (row.subgroup() != null && !row.subgroup().equals(subgroup)) {
        blocks.add(PdfTextLines.wrap(noise.print(row.subgroup()), 3));
      }
      subgroup = row.subgroup();
      int[] values = report.applications().get(row.key());
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < values.length; c++) {
        cells.add(noise.cell(row.key(), c, values[c]));
      }
      String label = noise.print(row.label());
      if (row.group() != null && !inResults) {
        // The group's merged cell starts on the line of its first row's label: 三、本年度办 （一）予以公开 / 理结果.
        List<String> group = PdfTextLines.wrap(noise.print(TemplateRows.RESULTS), 6);
        List<String> lines = new ArrayList<>(PdfTextLines.wrap(label, labelWidth));
        lines.set(0, group.get(0) + " " + lines.get(0));
        lines.addAll(group.subList(1, group.size()));
        blocks.add(lines);
        cells.forEach(c -> blocks.add(List.of(c)));
      } else {
        row(label, cells);
      }
      inResults = row.group() != null;
      if (rnd.nextInt(12) == 0) {
        pageBreak();
      }
    }
  }

  /**
   * A row: its label wrapped, then its cells a block each. A label of three or more lines has the first cell, set
   * at the middle of the row's height, printed between its pieces, on a line of its own or after the middle piece:
   * the dump reads the row's middle line across.
   */
  /** A row as {@link TemplateRows} gives it: its label, then its figures. */
  private void labelled(List<String> cells) {
    row(cells.get(0), cells.subList(1, cells.size()));
  }

  private void row(String label, List<String> cells) {
    List<String> lines = new ArrayList<>(PdfTextLines.wrap(label, labelWidth));
    int middle = lines.size() / 2;
    if (lines.size() < 3 || cells.isEmpty()) {
      blocks.add(lines);
      cells.forEach(c -> blocks.add(List.of(c)));
      return;
    }
    if (rnd.nextBoolean()) {
      lines.add(middle, cells.get(0));
    } else {
      lines.set(middle, lines.get(middle) + " " + cells.get(0));
    }
    blocks.add(lines);
    cells.subList(1, cells.size()).forEach(c -> blocks.add(List.of(c)));
  }

  /**
   * Section 四: its header's names, then its fifteen cells; or, where the dump reads the narrow columns one by one,
   * each of the first proceeding's columns as its name wrapped and its cell, the next proceeding's label wrapped
   * around the last name, the other names, and the lawsuits' cells column by column (its values then among the
   * header's names: in no order a reader can trust).
   */
  private void reviewLitigation() {
    if (rnd.nextInt(3) == 0) {
      blocks.add(PdfTextLines.wrap(TemplateRows.PROCEEDINGS.get(0), 2));
      blocks.add(List.of(TemplateRows.LITIGATION));
      int width = TemplateRows.OUTCOMES.size();
      for (int o = 0; o < width - 1; o++) {
        blocks.add(PdfTextLines.wrap(noise.print(TemplateRows.OUTCOMES.get(o)), 2));
        blocks.add(List.of(noise.reviewCell(o, report.review()[o])));
      }
      // The last column's name on the line of the next proceeding's wrapped label, beside it: 未经复 / 总计 议直接 / 起诉.
      List<String> next = new ArrayList<>(PdfTextLines.wrap(noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(1))), 3));
      next.set(1, noise.print(TemplateRows.OUTCOMES.get(width - 1)) + " " + next.get(1));
      blocks.add(next);
      blocks.add(List.of(noise.reviewCell(width - 1, report.review()[width - 1])));
      blocks.add(PdfTextLines.wrap(noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(2))), 3));
      for (int p = 1; p < TemplateRows.PROCEEDINGS.size(); p++) {
        TemplateRows.OUTCOMES.forEach(o -> blocks.add(PdfTextLines.wrap(noise.print(o), 2)));
      }
      for (int o = 0; o < width; o++) { // column by column: each outcome's cell of the two lawsuits
        for (int p = 1; p < TemplateRows.PROCEEDINGS.size(); p++) {
          blocks.add(List.of(noise.reviewCell(p * width + o, report.review()[p * width + o])));
        }
      }
      return;
    }
    blocks.add(List.of(TemplateRows.PROCEEDINGS.get(0)));
    blocks.add(List.of(TemplateRows.LITIGATION, noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(1)))));
    blocks.add(List.of(noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(2)))));
    for (int p = 0; p < TemplateRows.PROCEEDINGS.size(); p++) {
      TemplateRows.OUTCOMES.forEach(o -> blocks.add(List.of(noise.print(o))));
    }
    for (int i = 0; i < report.review().length; i++) {
      blocks.add(List.of(noise.reviewCell(i, report.review()[i])));
    }
  }

  /** The page's footer as its last block, then a form feed that the next page's first line follows. */
  private void pageBreak() {
    blocks.add(List.of(PageFooter.of(rnd, page, pages, noise)));
    blocks.add(FORM_FEED);
    page++;
  }

  private void prose(String text) {
    blocks.add(PdfTextLines.wrap(text, PROSE_WIDTH));
  }
}
