package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.govdisclosure.extract.fixtures.WordGrid;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.value.CellKind;

/**
 * A report as a document converter writes it in markdown, each table WHOLE as one pipe table (not a table per row),
 * its first row as the markdown header. Converters differ in what they do with merged cells, one way per document:
 * the merged text repeated in every cell it covers (a group label on every row of its group, 申请人情况 over seven
 * columns), or the covered cells left empty, or left out so that a row has fewer cells than the table. A long
 * label now and then wraps with a {@code <br>}; one document in four leaves off the rows' outer pipes; section 三 may break at a page, the page's footer and the next page's
 * running head between two rows, the table going on with its header rows printed again or without them. A converter
 * that repeats merged cells may join a group's label to the next label in the group's column, parted by a mark.
 */
final class MarkdownTables {

  /** What the converter writes for the cells a merged cell covers. */
  enum Merged { REPEATED, EMPTY, LEFT_OUT }

  /** Section 三's header rows in the template (the note, 申请人情况, the kinds of organisation). */
  private static final int HEADER_ROWS = 3;
  /** The marks a converter joins two labels of one cell with: an escaped pipe, a comma, a 、, a slash. */
  private static final List<String> JOINERS = List.of(" \\| ", "，", "、", "/");
  /** A label wraps inside its cell only when longer than this. */
  private static final int WRAP_FROM = 8;

  private final GeneratedReport report;
  private final LabelNoise noise;
  private final Random rnd;
  private final Merged merged;
  /** Whether the rows leave off their outer pipes, as GitHub's markdown allows ({@code 规章 | 0 | 3}). */
  private final boolean bare;
  /** Whether the header's cells over the values wrap in two, each half a pipe row of its own (商业 over 企业). */
  private final boolean narrowHeaders;
  /**
   * What a converter that repeats merged cells (docling) may put between a group's label and the next label it joins
   * to it in the group's column ({@code 三、本年度办理结果 \| （一）予以公开}), or null where it joins none.
   */
  private final String joiner;

  private MarkdownTables(GeneratedReport report, LabelNoise noise, boolean narrowHeaders, Random rnd) {
    this.report = report;
    this.noise = noise;
    this.rnd = rnd;
    this.merged = Merged.values()[rnd.nextInt(Merged.values().length)];
    this.bare = rnd.nextInt(4) == 0;
    this.narrowHeaders = narrowHeaders;
    this.joiner = merged == Merged.REPEATED && rnd.nextBoolean() ? JOINERS.get(rnd.nextInt(JOINERS.size())) : null;
  }

  static String of(GeneratedReport r, LabelNoise noise, Random rnd) {
    return of(r, noise, false, rnd);
  }

  static String of(GeneratedReport r, LabelNoise noise, boolean narrowHeaders, Random rnd) {
    return new MarkdownTables(r, noise, narrowHeaders, rnd).print();
  }

  private String print() {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (Block block : ReportDocument.of(report, noise).blocks()) {
      if (block instanceof Paragraph p) {
        b.append(first ? "# " : TemplateRows.HEADINGS.contains(p.raw()) ? "## " : "").append(p.raw()).append("\n\n");
      } else if (block instanceof Table t) {
        table(b, lines(t), isApplications(t));
      }
      first = false;
    }
    return b.toString();
  }

  private static boolean isApplications(Table t) {
    return t.rows().get(0).cells().get(0).raw().equals(TemplateRows.NOTE);
  }

  /** The table's rows as the converter writes their cells. */
  private List<List<String>> lines(Table t) {
    List<List<WordGrid.Placed>> grid = WordGrid.of(t);
    int width = grid.stream().mapToInt(r -> r.get(r.size() - 1).col() + r.get(r.size() - 1).span()).max().orElse(0);
    String[] above = new String[width];
    Arrays.fill(above, "");
    List<List<String>> out = new ArrayList<>();
    for (List<WordGrid.Placed> row : grid) {
      List<String> cells = new ArrayList<>();
      int lastLabel = -1;
      for (int i = 0; i < row.size(); i++) {
        lastLabel = CellKind.of(Cell.Text.fold(row.get(i).text())) == CellKind.LABEL ? i : lastLabel;
      }
      for (int i = 0; i < row.size(); i++) {
        WordGrid.Placed p = row.get(i);
        // A cell continues a label above only among the row's labels: a blank count is its own cell.
        boolean continues = p.merge() == WordGrid.Merge.CONTINUE && i < lastLabel
            && CellKind.of(Cell.Text.fold(above[p.col()])) == CellKind.LABEL;
        String text = continues ? above[p.col()] : wrapped(p.text());
        above[p.col()] = text;
        for (int c = 0; c < p.span(); c++) {
          boolean covered = continues || c > 0;
          if (!covered || merged == Merged.REPEATED) {
            cells.add(text);
          } else if (merged == Merged.EMPTY) {
            cells.add("");
          }
        }
      }
      if (joiner != null && row.get(0).merge() != WordGrid.Merge.NONE && cells.size() > 1 && !cells.get(1).equals(cells.get(0))
          && CellKind.of(Cell.Text.fold(cells.get(1))) == CellKind.LABEL && rnd.nextInt(3) > 0) {
        cells.set(0, cells.get(0) + joiner + cells.get(1));
      }
      out.add(cells);
    }
    return out;
  }

  /** A long label wrapped in its cell now and then, the break written as {@code <br>}. */
  private String wrapped(String text) {
    if (text.length() <= WRAP_FROM || CellKind.of(Cell.Text.fold(text)) != CellKind.LABEL || !noise.chance()) {
      return text.replace("\n", "<br>");
    }
    int at = WRAP_FROM / 2 + rnd.nextInt(text.length() - WRAP_FROM / 2);
    return text.substring(0, at) + "<br>" + text.substring(at);
  }

  private void table(StringBuilder b, List<List<String>> rows, boolean applications) {
    int pageBreak = applications && noise.chance() ? HEADER_ROWS + 1 + rnd.nextInt(rows.size() - HEADER_ROWS - 1) : -1;
    boolean headerAgain = rnd.nextBoolean();
    for (int r = 0; r < rows.size(); r++) {
      if (r == pageBreak) {
        int page = 2 + rnd.nextInt(3);
        b.append('\n').append(PageFooter.of(rnd, page, page + 1 + rnd.nextInt(6), noise)).append("\n\n")
            .append(ReportDocument.title(report)).append("\n\n");
        if (headerAgain) {
          for (int h = 0; h < HEADER_ROWS; h++) {
            line(b, rows.get(h), h == 0);
          }
        } else {
          line(b, rows.get(r), true);
          continue;
        }
      }
      boolean header = rows.get(r).stream().noneMatch(c -> c.chars().anyMatch(Character::isDigit));
      if (narrowHeaders && header && r < HEADER_ROWS) {
        line(b, halves(rows.get(r), true), r == 0);
        line(b, halves(rows.get(r), false), false);
      } else {
        line(b, rows.get(r), r == 0);
      }
    }
    b.append('\n');
  }

  /** A header row's cells over the values cut in two, the first halves or the second (blank where a cell is short). */
  private static List<String> halves(List<String> cells, boolean first) {
    List<String> out = new ArrayList<>(cells.size());
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      boolean cut = c > 0 && text.length() >= 4 && !text.contains("<br>");
      int at = text.length() / 2;
      out.add(cut ? (first ? text.substring(0, at) : text.substring(at)) : first ? text : "");
    }
    return out;
  }

  /** A row; after the header row, the rule line markdown needs. */
  private void line(StringBuilder b, List<String> cells, boolean header) {
    String row = String.join(" | ", cells);
    b.append(bare ? row : "| " + row + " |").append('\n');
    if (header) {
      String rule = String.join("|", Collections.nCopies(cells.size(), "---"));
      b.append(bare ? rule : "|" + rule + "|").append('\n');
    }
  }
}
