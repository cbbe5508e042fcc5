package org.govdisclosure.extract.section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.value.Numerals;

/**
 * A crawler that flattens a page can glue the whole report onto one line. The six section headings, with their
 * template titles, are still in it: this splits such a line into heading and body paragraphs so that sections can
 * be found, whatever the format the line came in. Only a heading whose numeral matches its title counts, so table rows
 * like 四、结转下年度 never split. A table can hold the headings too, each a row of its own (a sheet that titles its
 * parts in rows across it, section 四's table drawn on under section 三's): it is parted at them likewise. An export
 * of the tables can instead print the heading in a column of its own before each row's label
 * ({@code 三、收到和处理…,本年度办理结果/予以公开,5,…}): that column is the rows' section, no cell of theirs; the table is
 * parted where it changes, each header line going with the rows below it.
 */
public final class HeadingSplitter {

  private static final Pattern HEADING = Pattern.compile(
      "一、总体情况|二、主动公开政府信息情况|三、收到和处理政府信息公开申请情况"
          + "|四、[^，。；]{0,12}复议[^，。；]{0,8}诉讼的?情况|五、[^，。；]{0,8}存在的主要问题及改进情况|六、其他需要报告的事项");
  private static final int MIN_LENGTH = 200;
  /** What parts the items of a list: a comma, a 、 or a semicolon, perhaps with spaces. */
  private static final Pattern LIST_MARK = Pattern.compile("\\s*[,，、;；]\\s*");

  private HeadingSplitter() {}

  /** The document with each long paragraph that holds section headings split at them. */
  public static Document split(Document document) {
    return document.withBlocks(split(document.blocks()));
  }

  private static List<Block> split(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b instanceof Paragraph p && p.raw().length() >= MIN_LENGTH) {
        splitInto(p.raw(), out);
      } else if (b instanceof Table t) {
        int from = headingColumnFrom(t);
        if (from >= 0) {
          splitAtHeadingColumn(t, from, out);
        } else {
          splitAtHeadingRows(t, out);
        }
      } else {
        out.add(b);
      }
    }
    return out;
  }

  private static void splitInto(String raw, List<Block> out) {
    List<int[]> headings = new ArrayList<>();
    Matcher m = HEADING.matcher(raw);
    while (m.find()) {
      headings.add(new int[] {m.start(), m.end()});
    }
    int from = 0;
    for (int i = 0; i < headings.size(); i++) {
      int[] h = headings.get(i);
      if (listed(raw, headings, i)) {
        continue;
      }
      add(raw.substring(from, h[0]), out);
      add(raw.substring(h[0], h[1]), out);
      from = h[1];
    }
    add(raw.substring(from), out);
  }

  /**
   * The table's rows, with each row that prints nothing but a section heading made a paragraph between its parts; the
   * table itself where no row is one.
   */
  private static void splitAtHeadingRows(Table table, List<Block> out) {
    List<Row> part = new ArrayList<>();
    boolean parted = false;
    for (Row row : table.rows()) {
      Cell heading = headingAlone(row);
      if (heading != null) {
        addTable(part, out);
        part = new ArrayList<>();
        out.add(new Paragraph(heading.raw().strip()));
        parted = true;
      } else {
        part.add(row);
      }
    }
    if (parted) {
      addTable(part, out);
    } else {
      out.add(table);
    }
  }

  /**
   * The first row led by a section heading where, from it on, every row that prints a figure is so led: the table's
   * first column names each row's section there, the rows without a figure being its header lines. -1 where none.
   */
  private static int headingColumnFrom(Table table) {
    int first = -1;
    List<Row> rows = table.rows();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (headingLed(row) != null) {
        first = first < 0 ? i : first;
      } else if (first >= 0 && headingAlone(row) == null && hasFigure(row)) {
        return -1;
      }
    }
    return first;
  }

  /**
   * The table parted at each change of its heading column, the rows without that column's cell; the rows above the
   * first so led are left as they are but for the header lines right over it (as many cells as it, no figure).
   */
  private static void splitAtHeadingColumn(Table table, int from, List<Block> out) {
    List<Row> rows = table.rows();
    int width = rows.get(from).cells().size();
    int start = from;
    while (start > 0 && isHeader(rows.get(start - 1)) && rows.get(start - 1).cells().size() == width) {
      start--;
    }
    addTable(rows.subList(0, start), out);
    List<Row> part = new ArrayList<>();
    List<Row> headers = new ArrayList<>();
    String section = null;
    for (Row row : rows.subList(start, rows.size())) {
      String led = headingLed(row);
      Cell alone = led == null ? headingAlone(row) : null;
      if (led == null && alone == null) {
        headers.add(row.cells().size() > 1 ? withoutFirstCell(row) : row);
        continue;
      }
      String heading = led != null ? led : alone.raw().strip();
      if (!heading.equals(section)) {
        addTable(part, out);
        part = new ArrayList<>();
        out.add(new Paragraph(heading));
        section = heading;
      }
      part.addAll(headers);
      headers.clear();
      if (led != null) {
        part.add(withoutFirstCell(row));
      }
    }
    part.addAll(headers);
    addTable(part, out);
  }

  private static boolean isHeader(Row row) {
    return headingAlone(row) == null && !hasFigure(row);
  }

  /** A row printing a digit holds figures: no header line. */
  private static boolean hasFigure(Row row) {
    return row.cells().stream().anyMatch(c -> Numerals.holdsDigit(c.text()));
  }

  /** The section heading a row's first cell prints where more cells follow it, else null. */
  private static String headingLed(Row row) {
    List<Cell> cells = row.cells();
    if (cells.size() < 2 || !isHeading(cells.get(0).text())) {
      return null;
    }
    for (int i = 1; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        return cells.get(0).raw().strip();
      }
    }
    return null;
  }

  private static Row withoutFirstCell(Row row) {
    return new Row(row.cells().subList(1, row.cells().size()));
  }

  /** The row's one printed cell where it is a section heading, else null. */
  private static Cell headingAlone(Row row) {
    Cell printed = null;
    for (Cell c : row.cells()) {
      if (!c.isBlank()) {
        if (printed != null) {
          return null;
        }
        printed = c;
      }
    }
    return printed != null && isHeading(printed.text()) ? printed : null;
  }

  /** Whether a cell's text is a section heading; each opens with its numeral and 、, so most cells need no matcher. */
  private static boolean isHeading(String text) {
    return text.length() > 1 && text.charAt(1) == '、' && HEADING.matcher(text).matches();
  }

  private static void addTable(List<Row> rows, List<Block> out) {
    if (!rows.isEmpty()) {
      out.add(new Table(rows));
    }
  }

  /**
   * Whether heading {@code i} is an item of the opening's list of the report's parts (本报告分为六个部分:一、总体情况,
   * 二、主动公开政府信息情况,…): a list mark alone parts it from the heading before or after it. A glued page puts
   * each heading's section text after it.
   */
  private static boolean listed(String raw, List<int[]> headings, int i) {
    return i > 0 && LIST_MARK.matcher(raw.substring(headings.get(i - 1)[1], headings.get(i)[0])).matches()
        || i + 1 < headings.size() && LIST_MARK.matcher(raw.substring(headings.get(i)[1], headings.get(i + 1)[0])).matches();
  }

  private static void add(String text, List<Block> out) {
    if (!text.isBlank()) {
      out.add(new Paragraph(text.strip()));
    }
  }
}
