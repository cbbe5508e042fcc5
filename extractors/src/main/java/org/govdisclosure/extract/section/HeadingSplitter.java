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

/**
 * A crawler that flattens a page can glue the whole report onto one line. The six section headings, with their
 * template titles, are still in it: this splits such a line into heading and body paragraphs so that sections can
 * be found, whatever the format the line came in. Only a heading whose numeral matches its title counts, so table rows
 * like 四、结转下年度 never split. A table can hold the headings too, each a row of its own (a sheet that titles its
 * parts in rows across it, section 四's table drawn on under section 三's): it is parted at them likewise.
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
        splitAtHeadingRows(t, out);
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
    return printed != null && HEADING.matcher(printed.text()).matches() ? printed : null;
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
