package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.extract.tables.SectionTokens.Token;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.TemplateRow;

/**
 * Section 三 printed in parts, each under its own header naming some of the applicant columns (自然人 商业企业 科研机构
 * / 社会公益组织 法律服务机构 其他 总计, or any split): each part is read by {@link SectionDecoder} as a table of the
 * columns its header names, in the header's order, and its cells fill those columns of the same rows. A cell two parts
 * name with different counts is left empty with a warning. A table under one header, or under a generic one
 * ({@code 数据1}…), is read by position as before, unless that header names every column in another order
 * ({@code 总计 自然人 法人或其他组织}): its rows' cells are then read in the header's order.
 */
final class NamedColumns {

  /**
   * The tokens under one column header: the columns it names in order (null: no header), whether its lines were put
   * one after another for want of a spanning word to place a line's columns under (their order across the lines is
   * then not known: 自然人 总计 over the five organisations), and what follows it.
   */
  private record Part(List<Integer> columns, boolean joined, List<Token> tokens) {}

  /** The warning of a section read in the order its header names. */
  static final String BY_NAME = "columns_by_name";
  /** The warning of a section left empty: its header names columns against the template's order, not all of them. */
  static final String OUT_OF_ORDER = "columns_out_of_order";

  private NamedColumns() {}

  /** Whether a reading's warnings say a header naming its columns placed its cells, or left them empty. */
  static boolean placedByHeader(List<Warning> warnings) {
    return warnings.stream().anyMatch(w -> w.code().equals(BY_NAME) || w.code().equals(OUT_OF_ORDER));
  }

  /** The rows read part by part when the section is printed in named parts; null when it is not. */
  static Map<TemplateRow, List<Integer>> rows(List<Token> tokens, NationalTemplate.Matrix template, ReportContext context) {
    int width = template.columns().size();
    List<Part> parts = parts(tokens);
    List<Integer> order = otherOrder(parts, width);
    if (order != null) {
      return inOrder(tokens, template, order, context);
    }
    if (outOfOrder(parts)) {
      return unplaced(tokens, template, parts.get(0).columns(), context);
    }
    if (parts.size() < 2 || !parts.stream().allMatch(p -> namesSome(p.columns(), width))
        || parts.stream().map(p -> new HashSet<>(p.columns())).distinct().count() < parts.size() || printedAgain(parts, width)) {
      // the same columns named again: a header printed again after a page break, not another part; read by position
      // unless one of its printings names columns against the template's order
      Part against = parts.stream().filter(p -> !p.joined() && againstTemplate(p.columns(), width)).findFirst().orElse(null);
      return against == null ? null : unplaced(tokens, template, against.columns(), context);
    }
    List<String> names = new ArrayList<>();
    parts.forEach(p -> names.add(String.join(" ", p.columns().stream().map(c -> template.columns().get(c).label()).toList())));
    context.warn(BY_NAME, "section 三: printed in " + parts.size() + " parts under headers naming columns "
        + String.join(" | ", names) + "; each part's cells read into the columns its header names");
    Map<TemplateRow, Integer[]> cells = new LinkedHashMap<>();
    Map<TemplateRow, boolean[]> named = new LinkedHashMap<>();
    Map<TemplateRow, Integer> uncertain = new LinkedHashMap<>();
    for (Part p : parts) {
      SectionDecoder.decode(p.tokens(), template.withColumns(p.columns()), false, false, context).forEach((row, counts) -> {
        Integer[] values = cells.computeIfAbsent(row, r -> new Integer[width]);
        boolean[] seen = named.computeIfAbsent(row, r -> new boolean[width]);
        uncertain.merge(row, counts == null ? 1 : 0, Integer::sum);
        for (int k = 0; k < p.columns().size(); k++) {
          int c = p.columns().get(k);
          Integer v = counts == null ? null : counts.get(k);
          if (seen[c] && !Objects.equals(values[c], v)) {
            context.warn("column_named_twice", "section 三 row " + row.key() + ": column " + template.columns().get(c).label()
                + " printed in two parts as " + values[c] + " and " + v + "; left empty");
            v = null;
          }
          values[c] = v;
          seen[c] = true;
        }
      });
    }
    warnUnnamed(parts, template, context);
    Map<TemplateRow, List<Integer>> out = new LinkedHashMap<>();
    // A row no part read a count of, some part having left it uncertain, is uncertain as a whole.
    template.rows().stream().filter(cells::containsKey).forEach(row -> out.put(row,
        uncertain.get(row) > 0 && Arrays.stream(cells.get(row)).allMatch(Objects::isNull) ? null : Arrays.asList(cells.get(row))));
    return out;
  }

  /**
   * The order every header of the section names all the columns in, where it is not the template's ({@code 总计} printed
   * before {@code 自然人}); null when the headers name some columns, or not all in one order.
   */
  private static List<Integer> otherOrder(List<Part> parts, int width) {
    List<Integer> order = null;
    for (Part p : parts) {
      List<Integer> columns = withoutSubtotal(p.columns());
      if (!p.joined() && namesAll(columns, width)) {
        if (order != null && !order.equals(columns)) {
          return null;
        }
        order = columns;
      }
    }
    if (order == null || order.equals(IntStream.range(0, width).boxed().toList())) {
      return null;
    }
    for (Part p : parts) {
      if (p.columns() != null && !withoutSubtotal(p.columns()).equals(order) && (p.joined() || !keepsOrder(p.columns(), order))) {
        return null;
      }
    }
    return order;
  }

  /**
   * Whether the parts' headers are one header printed again (after a page break) with a title or two misread in each
   * print (OCR's {@code 三然人} for 自然人 in one, {@code 三他} for 其他 in the other), not a table split into parts:
   * each names its columns in the template's order, and two of them name two columns or more alike, where a split
   * names a column in one part (总计 perhaps in each).
   */
  private static boolean printedAgain(List<Part> parts, int width) {
    List<Integer> template = IntStream.range(0, width).boxed().toList();
    if (!parts.stream().allMatch(p -> keepsOrder(p.columns(), template))) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        HashSet<Integer> both = new HashSet<>(parts.get(i).columns());
        both.retainAll(parts.get(j).columns());
        if (both.size() >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** A header's columns without the subtotal it names: no column of the template, its cells dropped by the rows' reading. */
  private static List<Integer> withoutSubtotal(List<Integer> columns) {
    return columns == null || !columns.contains(Token.SUBTOTAL) ? columns : columns.stream().filter(c -> c != Token.SUBTOTAL).toList();
  }

  private static boolean namesAll(List<Integer> columns, int width) {
    return columns != null && columns.size() == width && new HashSet<>(columns).size() == width
        && columns.stream().allMatch(c -> c >= 0 && c < width);
  }

  /**
   * Whether a header printed again names its columns in {@code order}'s order: a header printed again after a page break
   * naming only some of them ({@code 自然人 法人或其他组织 总计}, its second line lost or its words wrapped) repeats the
   * header, it does not contradict it.
   */
  private static boolean keepsOrder(List<Integer> columns, List<Integer> order) {
    int last = -1;
    for (int c : columns) {
      if (c >= 0) {
        int at = order.indexOf(c);
        if (at < last) {
          return false;
        }
        last = at;
      }
    }
    return true;
  }

  /** Whether a header names two columns the other way round from the template ({@code 科研机构 商业企业}). */
  private static boolean againstTemplate(List<Integer> columns, int width) {
    return columns != null && !keepsOrder(columns, IntStream.range(0, width).boxed().toList());
  }

  /** The header every part of the section is under, its lines' order known; null when there is no such header. */
  private static List<Integer> oneHeader(List<Part> parts) {
    List<Integer> header = parts.get(0).columns();
    return header == null || parts.stream().anyMatch(p -> p.joined() || !header.equals(p.columns())) ? null : header;
  }

  /**
   * Whether the one header names some columns against the template's order without naming them all ({@code 总计}
   * before a garbled {@code 自然人}): where each cell belongs is then not known.
   */
  private static boolean outOfOrder(List<Part> parts) {
    List<Integer> header = oneHeader(parts);
    if (header == null) {
      return false;
    }
    List<Integer> named = header.stream().filter(c -> c >= 0).toList();
    for (int k = 1; k < named.size(); k++) {
      if (named.get(k) < named.get(k - 1)) {
        return true;
      }
    }
    return false;
  }

  /** The section's rows left empty, with a warning: its header's order is another than the template's, and not known whole. */
  private static Map<TemplateRow, List<Integer>> unplaced(List<Token> tokens, NationalTemplate.Matrix template,
      List<Integer> header, ReportContext context) {
    context.warn(OUT_OF_ORDER, "section 三: the header names columns "
        + String.join(" ", header.stream().map(c -> c >= 0 ? template.columns().get(c).label() : "?").toList())
        + " in another order than the template's, not all of them: which column each cell is in is not known; left empty");
    List<Token> plain = tokens.stream().filter(t -> !t.isHeader()).toList();
    Map<TemplateRow, List<Integer>> out = new LinkedHashMap<>();
    SectionDecoder.labelled(plain, template, context).forEach(row -> out.put(row, null));
    return out;
  }

  /**
   * The section read with its cells in the header's order, each put back into its column. A header naming a subtotal
   * and its first and last columns where the template has them (the five organisations only in another order) has
   * the subtotal where the template's has it, after the five: a row of text printing it loses it as under a header in
   * the template's order.
   */
  private static Map<TemplateRow, List<Integer>> inOrder(List<Token> tokens, NationalTemplate.Matrix template,
      List<Integer> order, ReportContext context) {
    context.warn(BY_NAME, "section 三: the header names its columns in the order "
        + String.join(" ", order.stream().map(c -> template.columns().get(c).label()).toList())
        + "; each row's cells read in that order");
    List<Token> plain = tokens.stream().filter(t -> !t.isHeader()).toList();
    int last = order.size() - 1;
    boolean subtotal = order.get(0) == 0 && order.get(last) == last && SectionDecoder.namesSubtotal(tokens);
    Map<TemplateRow, List<Integer>> out = new LinkedHashMap<>();
    SectionDecoder.decode(plain, template.withColumns(order), false, subtotal, context).forEach((row, counts) -> {
      if (counts == null) {
        out.put(row, null);
        return;
      }
      Integer[] values = new Integer[order.size()];
      for (int k = 0; k < order.size(); k++) {
        values[order.get(k)] = counts.get(k);
      }
      out.put(row, Arrays.asList(values));
    });
    return out;
  }

  /**
   * The tokens cut at each column header that follows values; header lines printed one after another (a header of two
   * lines) make one header. The tokens before the first header stay with it when no value is among them.
   */
  private static List<Part> parts(List<Token> tokens) {
    List<Part> parts = new ArrayList<>();
    List<Integer> header = null;
    boolean joined = false;
    List<Token> current = new ArrayList<>();
    boolean values = false;
    for (Token t : tokens) {
      if (t.isHeader() && !values && header != null && !header.contains(-1) && namesNone(t.columns())) {
        continue; // the rest of header words wrapped in narrow cells (机构 企业 …): the line above named the columns
      }
      if (t.isHeader()) {
        if (values) {
          parts.add(new Part(header, joined, current));
          header = null;
          joined = false;
          current = new ArrayList<>();
          values = false;
        }
        joined |= header != null && !header.contains(-1) && !repeats(header, t.columns());
        header = header == null ? new ArrayList<>(t.columns()) : under(header, t.columns());
      } else {
        values |= t.isValue();
        current.add(t);
      }
    }
    parts.add(new Part(header, joined, current));
    return parts;
  }

  /**
   * A header's columns with its next line's: where the header holds a word naming no column (法人或其他组织 over its five
   * columns), the next line's new columns are the ones under it and take its place (the header's other such words
   * dropped with it: a grid repeats a spanning word in each column it spans), and so do the line's own such words
   * (申请人情况 over 法人或其他组织 and 自然人: the line's spanning word is then the one the line after fills);
   * otherwise the line's columns follow.
   */
  private static List<Integer> under(List<Integer> header, List<Integer> line) {
    if (repeats(header, line)) {
      return new ArrayList<>(line);
    }
    int at = spanningWord(header);
    if (at < 0 || wrappedOn(header, line, at)) {
      List<Integer> out = new ArrayList<>(header);
      out.addAll(line);
      return out;
    }
    List<Integer> out = new ArrayList<>(header.subList(0, at));
    line.stream().filter(c -> c == -1 || c >= 0 && !header.contains(c)).forEach(out::add);
    header.subList(at, header.size()).stream().filter(c -> c != -1).forEach(out::add);
    return out;
  }

  /**
   * Whether the next line goes on with a header line wrapped at the page's width: the header's word naming no column
   * opens it over the columns it names after it (申请人情况 自然人 商业企业 … 法律服务机构), and the line names the
   * columns that come after those in the template's order (其他 总计), not ones a spanning word would stand over.
   */
  private static boolean wrappedOn(List<Integer> header, List<Integer> line, int at) {
    List<Integer> after = header.subList(at + 1, header.size());
    return !after.isEmpty() && after.stream().allMatch(c -> c >= 0) && !line.isEmpty()
        && line.stream().allMatch(c -> c > after.stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  /**
   * Where the header's word over the columns the next line names stands: its first word naming no column after a
   * column's name, where a word over all the columns opens the line ({@code 申请人情况 自然人 法人或其他组织 总计});
   * otherwise its first word naming no column; -1 when there is none.
   */
  private static int spanningWord(List<Integer> header) {
    int named = -1;
    for (int k = 0; k < header.size(); k++) {
      if (header.get(k) >= 0 && named < 0) {
        named = k;
      } else if (header.get(k) == -1 && named >= 0) {
        return k;
      }
    }
    return header.indexOf(-1);
  }

  /**
   * Whether a header line names again every column the header above names, and more: a grid repeating a word merged
   * down its header rows in each of them ({@code 总计 自然人 法人或其他组织} over {@code 总计 自然人 商业企业 …}), the line
   * the whole header in its order.
   */
  private static boolean repeats(List<Integer> header, List<Integer> line) {
    List<Integer> named = header.stream().filter(c -> c >= 0).toList();
    return !named.isEmpty() && line.size() > named.size() && line.containsAll(named)
        && line.stream().filter(named::contains).toList().equals(named);
  }

  /** Whether a header line of several words names no column, the subtotal neither. */
  private static boolean namesNone(List<Integer> columns) {
    return columns.size() >= 2 && columns.stream().allMatch(c -> c == -1);
  }

  /** Whether a header names some of the columns but not all, each once and none generically. */
  private static boolean namesSome(List<Integer> columns, int width) {
    return columns != null && !columns.isEmpty() && columns.size() < width && columns.stream().allMatch(c -> c >= 0)
        && new HashSet<>(columns).size() == columns.size();
  }

  private static void warnUnnamed(List<Part> parts, NationalTemplate.Matrix template, ReportContext context) {
    boolean[] named = new boolean[template.columns().size()];
    parts.forEach(p -> p.columns().forEach(c -> named[c] = true));
    List<String> unnamed = new ArrayList<>();
    for (int c = 0; c < named.length; c++) {
      if (!named[c]) {
        unnamed.add(template.columns().get(c).label());
      }
    }
    if (!unnamed.isEmpty()) {
      context.warn("column_unnamed", "section 三: no header names column(s) " + String.join(", ", unnamed) + "; left empty");
    }
  }
}
