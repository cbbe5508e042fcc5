package org.govdisclosure.extract.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.apache.pdfbox.util.IterativeMergeSort;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.PageFurniture;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;

/**
 * A PDF's text in reading order as the document model's blocks: PDFBox groups the glyphs into lines, and within a
 * line a gap wider than a cell's margins separates cells, so a table row becomes a row of cells (with its empty
 * cells put back by {@link PdfColumns}). Where the page rules a table, its rows are rebuilt from the rulings instead
 * ({@link PdfRuledRows}), as a cell's text may wrap over several printed lines. A table's header rows repeated at
 * the top of a page are read once, ruled or not ({@link PdfRepeatedHeader}). Prose that the page wrapped is joined
 * back into its paragraph, and a page number closing a page is dropped.
 */
final class PdfLines extends PDFTextStripper {

  /** Between cells of a Word table the two cell margins leave at least about an em; inside prose gaps are smaller. */
  private static final float CELL_GAP_EM = 0.8f;
  private static final float WORD_GAP_EM = 0.2f;
  /** Superscripts and the like sit a little off the baseline; half an em off is another line. */
  private static final float BASELINE_SHIFT_EM = 0.5f;
  /** Glyphs of one font on one line share their baseline to a hair; a tenth of an em off is another text's. */
  private static final float OVERPRINT_SHIFT_EM = 0.1f;
  /** A glyph's middle, in ems above its baseline. */
  private static final float GLYPH_MIDDLE = 0.35f;
  /** A line ending this close to the right margin (as wide as the left one) was wrapped by the page. */
  private static final float WRAP_SLACK_EM = 2f;
  /** A header's title in a narrow column prints this many characters a line at most; a header has this many lines. */
  private static final int MAX_STACKED_CHARS = 2;
  private static final int MIN_STACK = 3;

  /**
   * One line of a page, or one row rebuilt from the rulings: its cells, where it starts and ends, and the direction
   * its text runs in the page's own (unrotated) space, in degrees: its positions are in that direction's frame.
   */
  private record Line(List<PdfColumns.Span> cells, float x, float end, float em, boolean ruled, float dir) {

    /** Upright text is positioned in the page's own frame, that of its rulings, whatever the page's display rotation. */
    boolean upright() {
      return dir == 0;
    }
  }

  private static final TextPositionComparator BY_POSITION = new TextPositionComparator();

  private final List<TextPosition> glyphs = new ArrayList<>();
  private final List<Line> page = new ArrayList<>();
  /** The rows of the table being read; left open at the end of a page, as the table may go on on the next one. */
  private final List<List<PdfColumns.Span>> table = new ArrayList<>();
  /** The rows a ruled table starts with before its first row holding a number, which a page it goes on repeats. */
  private final List<List<String>> ruledHeader = new ArrayList<>();
  private boolean ruledHeaderRead;
  private final PdfRepeatedHeader repeatedHeader = new PdfRepeatedHeader();
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  /** The current page's rulings, drawn in the same pass as its text. */
  private final PdfRulings rulings = PdfRulings.drawnBy(this);
  private int glyphCount;
  /** Glyphs whose font maps them to no Unicode text: PDFBox drops them (or, in simple fonts, shows their codes). */
  private int unmappedGlyphs;
  /** Whether the open paragraph's last line ran to the right margin, so that the next line may continue it. */
  private boolean paragraphWrapped;
  /** The pages of one column block of a sheet printed wider than its paper ({@link PdfSheetPages}); 0: read in order. */
  private final int bandPages;
  /**
   * What each page prints, as far as stitching goes, by page index: noted when read in order (only of a spreadsheet's
   * PDF, null otherwise), then kept for the stitch.
   */
  private PdfSheetPages.Page[] printed;
  private final boolean noting;
  private int pageIndex;
  /** The lines of the pages that continue the band read next, moved right of it by their column block. */
  private final List<Line> continued = new ArrayList<>();

  private PdfLines(int bandPages, PdfSheetPages.Page[] printed, boolean noting) throws IOException {
    this.bandPages = bandPages;
    this.printed = printed;
    this.noting = noting;
    setSortByPosition(true);
    // PDFTextStripper counts pages only in its own processPages, which the override below replaces: with a first
    // page of 0 its page range lets every page through; the range is applied there instead.
    setStartPage(0);
  }

  /**
   * Reads the first {@code maxPages} pages. A sheet a spreadsheet program printed wider than its paper is read
   * again with each page's columns beside those of the page they continue ({@link PdfSheetPages}).
   */
  static PdfLines read(PDDocument pdf, int maxPages) throws IOException {
    boolean sheet = PdfSheetPages.printedBySpreadsheet(pdf);
    PdfLines lines = read(pdf, maxPages, 0, null, sheet);
    int bandPages = sheet ? PdfSheetPages.bandPages(Arrays.asList(lines.printed)) : 0;
    return bandPages == 0 ? lines : read(pdf, maxPages, bandPages, lines.printed, false);
  }

  private static PdfLines read(PDDocument pdf, int maxPages, int bandPages, PdfSheetPages.Page[] printed, boolean noting)
      throws IOException {
    PdfLines lines = new PdfLines(bandPages, printed, noting);
    lines.setEndPage(maxPages);
    lines.getText(pdf);
    lines.endTable();
    lines.endParagraph();
    return lines;
  }

  /**
   * The pages in reading order: in order, or band by band, the pages continuing a band (its later column blocks)
   * before the band's first, which takes their lines.
   */
  @Override
  protected void processPages(PDPageTree pages) throws IOException {
    int n = Math.min(pages.getCount(), getEndPage());
    if (noting) {
      printed = new PdfSheetPages.Page[n];
    }
    for (int band = 0; band < (bandPages == 0 ? n : bandPages); band++) {
      for (int block = bandPages == 0 ? 0 : n / bandPages - 1; block >= 0; block--) {
        pageIndex = band + block * Math.max(bandPages, 1);
        PDPage page = pages.get(pageIndex);
        if (noting) {
          printed[pageIndex] = PdfSheetPages.Page.NONE;
        }
        if (page.hasContents()) {
          processPage(page);
        }
      }
    }
  }

  /** The paragraphs and tables read, in reading order; empty when the pages print no text. */
  List<Block> blocks() {
    return blocks;
  }

  /** Whether most of the glyphs shown are in fonts without a map to Unicode, so that their text cannot be known. */
  boolean mostlyUnmapped() {
    return unmappedGlyphs * 2 > glyphCount;
  }

  /**
   * A glyph whose middle the page clips away is not printed: a spreadsheet clips a label too long for its fixed row
   * height to its cell, and the lines it hides run over the rows above, where they would take those rows' counts.
   */
  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    glyphCount++;
    if (font.toUnicode(code) == null) {
      unmappedGlyphs++;
    }
    if (rulings.shown(textRenderingMatrix.transformPoint(displacement.getX() / 2, GLYPH_MIDDLE))) {
      super.showGlyph(textRenderingMatrix, font, code, displacement);
    }
  }

  @Override
  protected void startPage(PDPage p) {
    rulings.startPage(p);
  }

  /**
   * The page's glyphs, sorted as PDFTextStripper sorts them, taken whole: its own lines and words (their gaps, text
   * direction and normalized text) are not used, as {@link #endLines} and {@link #addLine} tell lines and cells apart.
   * The page's paths are all drawn by now: its rulings are ready for them.
   */
  @Override
  protected void writePage() {
    rulings.endPage();
    for (List<TextPosition> article : getCharactersByArticle()) {
      try {
        article.sort(BY_POSITION);
      } catch (IllegalArgumentException e) { // the comparator is not transitive; PDFTextStripper falls back likewise
        IterativeMergeSort.sort(article, BY_POSITION);
      }
      glyphs.addAll(article);
    }
  }

  @Override
  protected void endPage(PDPage p) {
    endLines();
    dropBrowserMargins();
    boolean numbered = !page.isEmpty() && isPageNumber(page.get(page.size() - 1));
    PDRectangle box = p.getCropBox();
    if (noting) {
      printed[pageIndex] = printed(page, numbered);
    } else if (bandPages > 0 && pageIndex >= bandPages) {
      if (numbered && printed[pageIndex].numbered(printed[pageIndex - bandPages])) {
        page.remove(page.size() - 1);
      }
      float shift = pageIndex / bandPages * box.getWidth();
      page.forEach(l -> continued.add(shifted(l, shift)));
      page.clear();
      return;
    }
    if (numbered) {
      page.remove(page.size() - 1);
    }
    continued.forEach(this::addContinued);
    continued.clear();
    float left = (float) page.stream().mapToDouble(Line::x).min().orElse(0);
    // Pages are printed with about equal side margins; the text's own right edge would make any line that
    // happens to be the page's longest look wrapped.
    boolean across = !page.isEmpty() && page.get(0).dir() % 180 != 0;
    float right = (across ? box.getHeight() : box.getWidth()) - left;
    List<Line> lines = withWrappedCells(withWrappedLabels(withStackedHeaders(withWrappedNumbers(sideBySide(withRuledRows(page))))));
    int repeated = repeatedHeader.repeated(
        lines.stream().map(l -> new PdfRepeatedHeader.Banded(l.cells(), l.ruled() ? PdfRulings.Band.NONE : band(l))).toList());
    int first = repeated > 0 ? restOfCutLabel(lines, repeated) : continueTable(lines);
    for (Line line : lines.subList(first, lines.size())) {
      noteRuledHeader(line);
      if (line.cells().size() > 1) {
        endParagraph();
        table.add(line.cells());
        continue;
      }
      endTable();
      if (line.ruled() || !(paragraphWrapped && line.x() <= left + line.em())) {
        endParagraph();
      }
      paragraph.append(line.cells().get(0).text());
      paragraphWrapped = !line.ruled() && line.end() >= right - WRAP_SLACK_EM * line.em();
    }
    page.clear();
  }

  /**
   * What a page's lines print, as far as stitching goes: the heights of their counts, a lone number closing the page
   * ({@code numbered}), and labels beside counts.
   */
  private static PdfSheetPages.Page printed(List<Line> lines, boolean numbered) {
    if (lines.isEmpty()) {
      return PdfSheetPages.Page.NONE;
    }
    List<Float> counts = new ArrayList<>();
    boolean labelled = false;
    float em = 0;
    for (Line line : numbered ? lines.subList(0, lines.size() - 1) : lines) {
      PdfColumns.Span count = firstCount(line);
      if (count != null) {
        counts.add(count.y());
        labelled |= count != line.cells().get(0);
        em = Math.max(em, line.em());
      }
    }
    if (numbered) {
      Line last = lines.get(lines.size() - 1);
      em = Math.max(em, last.em());
      return new PdfSheetPages.Page(counts, last.cells().get(0).y(), labelled, em);
    }
    return new PdfSheetPages.Page(counts, Float.NaN, labelled, em);
  }

  private static PdfColumns.Span firstCount(Line line) {
    return line.cells().stream().filter(PdfColumns::isNumber).findFirst().orElse(null);
  }

  private static Line shifted(Line line, float shift) {
    List<PdfColumns.Span> cells = line.cells().stream().map(s -> new PdfColumns.Span(s.text(), s.x() + shift, s.end() + shift, s.y())).toList();
    return new Line(cells, line.x() + shift, line.end() + shift, line.em(), false, line.dir());
  }

  /**
   * Lays a line of a page continuing this one beside the line of this page it continues: counts beside the counts on
   * their height, other text beside a line on its baseline (as {@link #endLines} groups them), or else on a line of
   * its own at its height.
   */
  private void addContinued(Line line) {
    PdfColumns.Span count = firstCount(line);
    float y = line.cells().get(0).y();
    int at = 0;
    while (at < page.size() && page.get(at).cells().get(0).y() < y) {
      at++;
    }
    for (int i = 0; i < page.size(); i++) {
      Line here = page.get(i);
      PdfColumns.Span hereCount = firstCount(here);
      boolean beside = count != null && hereCount != null
          ? Math.abs(hereCount.y() - count.y()) <= PdfSheetPages.ROW_SHIFT_EM * Math.max(here.em(), line.em())
          : count == null && Math.abs(here.cells().get(0).y() - y) <= BASELINE_SHIFT_EM * here.em();
      if (beside && here.dir() == line.dir()) {
        List<PdfColumns.Span> cells = new ArrayList<>(here.cells());
        cells.addAll(line.cells());
        cells.sort(Comparator.comparingDouble(PdfColumns.Span::x)); // later column blocks are read first
        page.set(i, new Line(cells, here.x(), Math.max(here.end(), line.end()), here.em(), false, here.dir()));
        return;
      }
    }
    page.add(at, line);
  }

  /**
   * The lines with two that were told apart but that print side by side, less than an em apart in height, joined: a
   * row's label and its numbers, set in another font whose glyphs sit on another baseline (rows a table rules are
   * already whole).
   */
  private static List<Line> sideBySide(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (Line line : lines) {
      Line previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && !previous.ruled() && !line.ruled() && previous.upright() && line.upright() && line.x() >= previous.end()
          && Math.abs(line.cells().get(0).y() - previous.cells().get(0).y()) < previous.em()) {
        List<PdfColumns.Span> cells = new ArrayList<>(previous.cells());
        cells.addAll(line.cells());
        out.set(out.size() - 1, new Line(cells, previous.x(), line.end(), previous.em(), false, previous.dir()));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The lines with each row label wrapped a character a line joined back ({@link PdfWrappedLabels}), each character
   * printed on the line below the last.
   */
  private static List<Line> withWrappedLabels(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    float above = Float.NaN;
    for (Line line : lines) {
      Line previous = out.isEmpty() ? null : out.get(out.size() - 1);
      int label = previous == null || previous.ruled() || line.ruled() || previous.dir() != line.dir()
          ? -1 : PdfWrappedLabels.continued(previous.cells(), line.cells(), previous.em(), above, false);
      if (label < 0) {
        out.add(line);
        above = Float.NaN;
        continue;
      }
      out.set(out.size() - 1, new Line(PdfWrappedLabels.joined(previous.cells(), label, line.cells().get(0)), previous.x(),
          previous.end(), previous.em(), false, previous.dir()));
      above = line.cells().get(0).y();
    }
    return out;
  }

  /**
   * The lines with each row a table without rulings wraps over its lines made one line ({@link PdfWrappedCells}): runs
   * of upright lines each less than a padded row's height below the last.
   */
  private static List<Line> withWrappedCells(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i < lines.size() && nextLineOfCells(lines.get(i - 1), lines.get(i))) {
        continue;
      }
      List<Line> run = lines.subList(start, i);
      List<PdfColumns.Span> row = run.size() < 2 ? null : PdfWrappedCells.row(run.stream().map(Line::cells).toList());
      if (row == null) {
        out.addAll(run);
      } else {
        out.add(new Line(row, row.get(0).x(), (float) run.stream().mapToDouble(Line::end).max().orElseThrow(), run.get(0).em(), false, 0));
      }
      start = i;
    }
    return out;
  }

  /** A line printed over the one above, less than half an em lower ({@link #printedOver}), is no wrapped line of it. */
  private static boolean nextLineOfCells(Line above, Line line) {
    float below = line.cells().get(0).y() - above.cells().get(0).y();
    return !above.ruled() && !line.ruled() && above.upright() && line.upright()
        && below < PdfWrappedCells.CELL_LINE_EM * above.em() && below >= BASELINE_SHIFT_EM * above.em();
  }

  /** The lines with the digits of numbers wrapped inside their cells joined back ({@link PdfWrappedNumbers}). */
  private List<Line> withWrappedNumbers(List<Line> lines) {
    PdfWrappedNumbers wrapped = new PdfWrappedNumbers(
        lines.stream().filter(l -> !l.ruled() && l.upright()).flatMap(l -> l.cells().stream()).toList(), rulings);
    List<Line> out = new ArrayList<>();
    for (Line line : lines) {
      Line previous = out.isEmpty() ? null : out.get(out.size() - 1);
      PdfWrappedNumbers.Joined joined = previous == null || previous.ruled() || line.ruled() || !previous.upright() || !line.upright()
          ? null : wrapped.join(previous.cells(), line.cells(), previous.em());
      if (joined == null) {
        out.add(line);
        continue;
      }
      out.set(out.size() - 1, new Line(joined.upper(), previous.x(), Math.max(previous.end(), line.end()), previous.em(), false, previous.dir()));
      List<PdfColumns.Span> rest = joined.lower();
      if (!rest.isEmpty()) {
        out.add(new Line(rest, rest.get(0).x(), rest.get(rest.size() - 1).end(), line.em(), false, line.dir()));
      }
    }
    return out;
  }

  /**
   * The page's lines with each run of lines printed wholly inside ruled cells replaced by the rows they print, or
   * kept as printed where those rows cannot be told.
   */
  private List<Line> withRuledRows(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    List<PdfRuledRows.Placed> pieces = new ArrayList<>();
    for (Line line : lines) {
      List<PdfRuledRows.Placed> placed = new ArrayList<>();
      for (PdfColumns.Span s : line.upright() ? line.cells() : List.<PdfColumns.Span>of()) {
        rulings.box(s.x(), s.end(), s.y()).ifPresent(box -> placed.add(new PdfRuledRows.Placed(s, box)));
      }
      if (placed.size() == line.cells().size()) {
        run.add(line);
        pieces.addAll(placed);
        continue;
      }
      endRun(run, pieces, out);
      out.add(line);
    }
    endRun(run, pieces, out);
    return out;
  }

  private void endRun(List<Line> run, List<PdfRuledRows.Placed> pieces, List<Line> out) {
    List<List<PdfColumns.Span>> rows = PdfRuledRows.rows(pieces, rulings);
    if (rows.isEmpty()) {
      out.addAll(run);
    }
    for (List<PdfColumns.Span> row : rows) {
      out.add(new Line(row, row.get(0).x(), row.get(row.size() - 1).end(), 0, true, 0));
    }
    run.clear();
    pieces.clear();
  }

  /**
   * The lines with each header whose narrow columns print their titles a character or two a line (本 / 年 / 新 / 制 …,
   * as a three-line table without rulings leaves them) replaced by one row: the pieces that overlap across are one
   * title, read top to bottom. Such a header is a run of at least {@link #MIN_STACK} lines without a number, each
   * printing several pieces or only a character or two.
   */
  private List<Line> withStackedHeaders(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    PdfRulings.Band runBand = null;
    for (Line line : lines) {
      PdfRulings.Band band = band(line);
      if (stackable(line) || overRun(line, run)) {
        if (runBand != null && !band.same(runBand)) {
          endStack(run, out); // a rule between two headers: a header repeated on a new page above a sub-table's own
        }
        run.add(line);
        runBand = band;
        continue;
      }
      endStack(run, out);
      out.add(line);
    }
    endStack(run, out);
    return out;
  }

  /** The rules above and below a line; rulings are in the page's frame, that of upright text only. */
  private PdfRulings.Band band(Line line) {
    return line.upright() ? rulings.band(line.x(), line.end(), line.cells().get(0).y()) : PdfRulings.Band.NONE;
  }

  private static boolean stackable(Line line) {
    return !line.ruled() && !PdfColumns.holdsNumber(line.cells())
        && (line.cells().size() > 1 || line.cells().get(0).text().length() <= MAX_STACKED_CHARS);
  }

  /** Whether a line of one longer title continues a run of stacked lines, printed over its columns, not at its left. */
  private static boolean overRun(Line line, List<Line> run) {
    return !run.isEmpty() && line.cells().size() == 1 && !line.ruled() && !PdfColumns.holdsNumber(line.cells())
        && line.x() > run.stream().mapToDouble(Line::x).min().orElseThrow() + line.em();
  }

  /**
   * Ends a run of stacked lines. Lines closing it that print one piece at the run's left edge are the first row's
   * label (printed on a line of its own when the digits' font sits on another baseline), not the header's.
   */
  private static void endStack(List<Line> run, List<Line> out) {
    float left = (float) run.stream().mapToDouble(Line::x).min().orElse(0);
    int end = run.size();
    while (end > 0 && run.get(end - 1).cells().size() == 1 && run.get(end - 1).x() <= left + run.get(end - 1).em()) {
      end--;
    }
    List<Line> header = run.subList(0, end);
    if (header.size() < MIN_STACK || header.stream().allMatch(l -> l.cells().size() == 1)) {
      out.addAll(run);
    } else {
      List<PdfColumns.Span> row = PdfColumns.stacked(header.stream().flatMap(l -> l.cells().stream()).toList());
      out.add(new Line(row, row.get(0).x(), row.get(row.size() - 1).end(), run.get(0).em(), false, 0));
      out.addAll(run.subList(end, run.size()));
    }
    run.clear();
  }

  /**
   * Where the table open at the end of the last page goes on at the top of this one (the word processor repeats its
   * header rows there), drops the repeated header and joins the rest of a row the page break cut to that row.
   * Returns the index of the first line not yet taken.
   */
  private int continueTable(List<Line> lines) {
    int i = 0;
    while (i < ruledHeader.size() && i < lines.size() && lines.get(i).ruled() && PdfColumns.texts(lines.get(i).cells()).equals(ruledHeader.get(i))) {
      i++;
    }
    if (!ruledHeaderRead || ruledHeader.isEmpty() || i < ruledHeader.size()) {
      return 0;
    }
    if (!table.isEmpty() && i < lines.size() && lines.get(i).ruled()) {
      List<PdfColumns.Span> whole = PdfColumns.restOfCutRow(table.get(table.size() - 1), lines.get(i).cells());
      if (whole != null) {
        table.set(table.size() - 1, whole);
        i++;
      }
    }
    return i;
  }

  /**
   * Where a table goes on below the header repeated for it, joins the characters of a label the page break cut (one
   * a line, {@link PdfWrappedLabels}) to that label in the table's last row. Returns the index of the first line not
   * yet taken.
   */
  private int restOfCutLabel(List<Line> lines, int first) {
    int i = first;
    while (!table.isEmpty() && i < lines.size()) {
      List<PdfColumns.Span> last = table.get(table.size() - 1);
      Line line = lines.get(i);
      int label = line.ruled() ? -1 : PdfWrappedLabels.continued(last, line.cells(), line.em(), Float.NaN, true);
      if (label < 0) {
        break;
      }
      table.set(table.size() - 1, PdfWrappedLabels.joined(last, label, line.cells().get(0)));
      i++;
    }
    return i;
  }

  private void noteRuledHeader(Line line) {
    if (!line.ruled()) {
      ruledHeader.clear();
      ruledHeaderRead = false;
    } else if (!ruledHeaderRead && PdfColumns.holdsNumber(line.cells())) {
      ruledHeaderRead = true;
    } else if (!ruledHeaderRead) {
      ruledHeader.add(PdfColumns.texts(line.cells()));
    }
  }

  private void endTable() {
    if (!table.isEmpty()) {
      blocks.add(new Table(PdfColumns.align(table).stream().map(row -> new Row(row.stream().map(Cell::new).toList())).toList()));
      table.clear();
    }
  }

  /**
   * A browser printing a page heads each sheet with when it printed and the page's title, and foots it with the page's
   * address and the sheet's number ({@code 2025/2/3 10:12  …年度报告}, {@code https://…/t123.html  3/4}): such a first
   * and last line are the browser's, not the report's.
   */
  private void dropBrowserMargins() {
    if (!page.isEmpty() && PageFurniture.opensBrowserFoot(page.get(page.size() - 1).cells().get(0).text())) {
      page.remove(page.size() - 1);
    }
    if (!page.isEmpty() && PageFurniture.opensBrowserHead(page.get(0).cells().get(0).text())) {
      page.remove(0);
    }
  }

  private static boolean isPageNumber(Line line) {
    return line.cells().size() == 1 && PageFurniture.isPageNumber(line.cells().get(0).text(), PageFurniture.Form.ANY);
  }

  private void endParagraph() {
    if (!Cell.Text.fold(paragraph.toString()).isEmpty()) {
      blocks.add(new Paragraph(paragraph.toString()));
    }
    paragraph.setLength(0);
    paragraphWrapped = false;
  }

  /**
   * The page's glyphs as lines, top to bottom, each left to right: the glyphs of one direction whose baselines lie
   * within half an em of each other, and with them glyphs off their baseline printed beside them, never over or under
   * them (a number centred beside a wrapped label, a superscript). PDFBox's own lines are not used: it takes glyphs
   * whose boxes overlap in height for one line, so the lines of a narrow cell set closer than its glyphs are tall
   * come mixed, glyph by glyph in order across ({@code 一息、公本开…}).
   */
  private void endLines() {
    glyphs.removeIf(g -> g.getUnicode().isBlank());
    glyphs.sort(Comparator.comparingDouble(TextPosition::getDir).thenComparingDouble(TextPosition::getYDirAdj));
    List<TextPosition> line = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= glyphs.size(); i++) {
      if (i == glyphs.size() || glyphs.get(i).getDir() != glyphs.get(start).getDir()
          || glyphs.get(i).getYDirAdj() - glyphs.get(start).getYDirAdj() > BASELINE_SHIFT_EM * em(glyphs.get(start))) {
        for (List<TextPosition> baseline : printedOver(glyphs.subList(start, i))) {
          if (!line.isEmpty() && !beside(line, baseline)) {
            addLine(line);
            line = new ArrayList<>();
          }
          line.addAll(baseline);
        }
        start = i;
      }
    }
    if (!line.isEmpty()) {
      addLine(line);
    }
    glyphs.clear();
  }

  /**
   * The glyphs of one baseline (within half an em) parted by their exact baselines where texts on two of them are
   * printed over each other: a cell's text overflowing a row too low for it (a spreadsheet's fixed row heights)
   * lands a little off the next row's text, and read as one line their glyphs would interleave
   * ({@code （一二）予部以分公开}), mixing two labels into one that may name either row. Kept whole otherwise.
   */
  private static List<List<TextPosition>> printedOver(List<TextPosition> glyphs) {
    List<TextPosition> byBaseline = new ArrayList<>(glyphs);
    byBaseline.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
    List<List<TextPosition>> parts = new ArrayList<>();
    List<TextPosition> part = new ArrayList<>();
    for (TextPosition g : byBaseline) {
      if (!part.isEmpty() && g.getYDirAdj() - part.get(part.size() - 1).getYDirAdj() > OVERPRINT_SHIFT_EM * em(g)) {
        parts.add(part);
        part = new ArrayList<>();
      }
      part.add(g);
    }
    parts.add(part);
    for (int a = 0; a < parts.size(); a++) {
      for (int b = a + 1; b < parts.size(); b++) {
        if (overlapping(parts.get(a), parts.get(b))) {
          return parts;
        }
      }
    }
    return List.of(glyphs);
  }

  /** Whether a glyph of {@code a} covers more than half of one of {@code b} across: two texts printed over each other. */
  private static boolean overlapping(List<TextPosition> a, List<TextPosition> b) {
    for (TextPosition g : a) {
      for (TextPosition h : b) {
        float overlap = Math.min(end(g), end(h)) - Math.max(g.getXDirAdj(), h.getXDirAdj());
        if (overlap > Math.min(g.getWidthDirAdj(), h.getWidthDirAdj()) / 2) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the glyphs of {@code baseline} are printed beside those of {@code line}: their boxes overlap in height (as
   * PDFBox has it), and none is over or under another.
   */
  private static boolean beside(List<TextPosition> line, List<TextPosition> baseline) {
    if (baseline.get(0).getDir() != line.get(0).getDir() || top(baseline) >= bottom(line) || top(line) >= bottom(baseline)) {
      return false;
    }
    for (TextPosition g : baseline) {
      for (TextPosition l : line) {
        if (Math.min(end(g), end(l)) > Math.max(g.getXDirAdj(), l.getXDirAdj())) {
          return false;
        }
      }
    }
    return true;
  }

  private static float top(List<TextPosition> glyphs) {
    return (float) glyphs.stream().mapToDouble(g -> g.getYDirAdj() - g.getHeightDir()).min().orElseThrow();
  }

  private static float bottom(List<TextPosition> glyphs) {
    return (float) glyphs.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
  }

  /** Splits the glyphs of one line into cells at wide gaps and into words at narrow ones. */
  private void addLine(List<TextPosition> line) {
    line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
    List<PdfColumns.Span> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    TextPosition previous = null;
    TextPosition cellStart = null;
    boolean setSolid = setSolid(line);
    for (TextPosition g : line) {
      if (previous == null) {
        cellStart = g;
      } else {
        float gap = g.getXDirAdj() - end(previous);
        if (gap > CELL_GAP_EM * em(previous) || apart(previous, g) || ruledApart(previous, g) || numbersApart(previous, g, gap)
            || setSolid && hanApart(previous, g, gap)) {
          cells.add(span(cell, cellStart, previous));
          cell.setLength(0);
          cellStart = g;
        } else if (gap > WORD_GAP_EM * em(previous) && !isCjk(previous) && !isCjk(g)) {
          cell.append(' ');
        }
      }
      cell.append(g.getUnicode());
      previous = g;
    }
    if (previous == null) {
      return;
    }
    cells.add(span(cell, cellStart, previous));
    page.add(new Line(cells, line.get(0).getXDirAdj(), end(previous), em(line.get(0)), false, line.get(0).getDir()));
  }

  /**
   * Whether a glyph does not continue the text before it although they are on one line: it is behind it or
   * on another baseline, as a number centred beside a wrapped label can be.
   */
  private static boolean apart(TextPosition previous, TextPosition g) {
    return g.getXDirAdj() < previous.getXDirAdj() || Math.abs(g.getYDirAdj() - previous.getYDirAdj()) > BASELINE_SHIFT_EM * em(previous);
  }

  /**
   * Whether two digits a word's gap apart are two numbers: a number's digits are set close, and a table whose
   * columns are narrower than its numbers prints neighbouring cells' numbers a space apart (`24175 361`).
   */
  private static boolean numbersApart(TextPosition previous, TextPosition g, float gap) {
    return gap > WORD_GAP_EM * em(previous) && isDigit(previous) && isDigit(g);
  }

  /**
   * Whether most Chinese characters of the line abut, as Chinese is set: then a word's gap between two of them is no
   * space of the text but the margins of two cells (a three-line table's tight columns print {@code 信息内 本年制发}
   * closer than a cell gap). In a line spaced out (a label letter-spaced to its cell's width, a justified line) most
   * of them stand apart, and no gap tells cells.
   */
  private static boolean setSolid(List<TextPosition> line) {
    int pairs = 0;
    int apart = 0;
    for (int i = 1; i < line.size(); i++) {
      TextPosition previous = line.get(i - 1);
      if (isHan(previous) && isHan(line.get(i))) {
        pairs++;
        apart += line.get(i).getXDirAdj() - end(previous) > WORD_GAP_EM * em(previous) ? 1 : 0;
      }
    }
    return apart * 2 < pairs;
  }

  /** Two Chinese characters a word's gap apart. */
  private static boolean hanApart(TextPosition previous, TextPosition g, float gap) {
    return gap > WORD_GAP_EM * em(previous) && isHan(previous) && isHan(g);
  }

  private static boolean isHan(TextPosition g) {
    String text = g.getUnicode(); // empty for a glyph its font maps to no character
    return !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  private static boolean isDigit(TextPosition g) {
    String text = g.getUnicode();
    return text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '9';
  }

  /**
   * Whether a cell border is drawn between two glyphs of a line: they are in two cells however close (a narrow
   * column's text can run up to its border, and a merged label's first line beside the next column's label).
   */
  private boolean ruledApart(TextPosition previous, TextPosition g) {
    return previous.getDir() == 0 && !rulings.verticalsBetween(end(previous), g.getXDirAdj(), g.getYDirAdj() - g.getHeightDir() / 2).isEmpty();
  }

  /**
   * Chinese puts no space between words, nor between a number and its unit: a gap beside a CJK glyph comes from the
   * layout (a switch to another font for the digits, justification), not from the text.
   */
  private static boolean isCjk(TextPosition g) {
    int c = g.getUnicode().codePointAt(0);
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  private static PdfColumns.Span span(CharSequence text, TextPosition start, TextPosition last) {
    return new PdfColumns.Span(text.toString(), start.getXDirAdj(), end(last), start.getYDirAdj() - start.getHeightDir() / 2);
  }

  private static float end(TextPosition g) {
    return g.getXDirAdj() + g.getWidthDirAdj();
  }

  private static float em(TextPosition g) {
    float size = g.getFontSizeInPt();
    return size > 0 ? size : g.getHeightDir();
  }
}
