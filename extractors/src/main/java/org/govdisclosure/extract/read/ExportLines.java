package org.govdisclosure.extract.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A structured export's tree ({@link StructuredExport}: a crawler's dump, or a report's tables saved as JSON, YAML or
 * XML) written back as the text it stands for, which the plain-text reader reads:
 * <ul>
 *   <li>a string of the report's (Chinese) text a line; a list of cells a line of tab-separated cells; a list of
 *       objects of cells a table under a header of their names;
 *   <li>a value under labels (keys in Chinese: {@code 三、… › 一、本年新收… › 自然人: 5}) a key path line
 *       {@code 一、本年新收…/自然人：5} ({@link KeyPathRows}), so that the section's reader finds each value under the
 *       row and column its labels name; a key of labels parted by dots ({@code 三.本年新收….自然人}) is that path;
 *   <li>an item of a list (an XML element) is named by its labels under the export's own words
 *       ({@code {"label": "（一）予以公开", "自然人": 3}}, {@code <row 名称="（一）予以公开">}), and the list's key is
 *       no label of its values;
 *   <li>a label over many rows (a section's title) is written as a heading line over their paths.
 * </ul>
 * Keys in ASCII ({@code rows}, {@code value}) and numbers or ASCII strings under them are the export's own bookkeeping
 * (an index, an address, a date, a type's name), none of the report's text, and are left out.
 */
final class ExportLines {

  private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\r\\n]+");
  /** Dots parting labels in a flat key; not the one after an item's Arabic ordinal ({@code 1.属于国家秘密}). */
  private static final Pattern KEY_DOT = Pattern.compile("(?<!(?:^|\\.)\\d{1,3})\\.");
  /** A label value longer than this is text of its own, no cell. */
  private static final int MAX_CELL = 12;
  /** Longer text under a name's key is a paragraph, no row's label. */
  private static final int MAX_NAME = 80;
  private static final String PATH = "/";

  private final List<Object> out = new ArrayList<>();
  /** First labels that name an item of a list, not a key: a row's own label rather than a title over rows. */
  private final Set<String> namedFirst = new HashSet<>();
  private final boolean xml;
  /** The labels last written over rows of cells. */
  private List<String> rowsHeading;
  /** Names that several items of the list being written share: their group's, not an item's own. */
  private Set<String> sharedNames = Set.of();

  /** A value under its labels. */
  private record Cell(List<String> path, String value) {}

  private ExportLines(boolean xml) {
    this.xml = xml;
  }

  /** Whether a key is a path of labels parted by dots ({@code 三.本年新收….自然人}). */
  static boolean isKeyPath(String key) {
    return isLabel(key) && KEY_DOT.split(key, 3).length > 1;
  }

  /**
   * The export's text. In an XML export every element is an item named by its labelled attributes, the root too though
   * it has none.
   */
  static String text(StructuredExport.Parsed export) {
    ExportLines lines = new ExportLines(export.xml());
    lines.write(export.tree(), List.of(), false);
    return lines.text();
  }

  private void write(JsonNode node, List<String> path, boolean item) {
    if (node.isObject()) {
      object(node, path, item);
    } else if (node.isArray()) {
      array(node, path);
    } else if (!path.isEmpty()) {
      String value = cell(node);
      if (isLabel(value) && value.length() > MAX_CELL) {
        out.add(value);
      } else {
        out.add(new Cell(path, value));
      }
    } else if (node.isTextual() && isLabel(node.asText())) {
      out.add(node.asText());
    }
  }

  private void object(JsonNode node, List<String> path, boolean item) {
    List<String> names = item && holdsContent(node) ? names(node) : List.of();
    if (names.size() > 1 && names.stream().anyMatch(sharedNames::contains)) {
      names.sort(Comparator.comparing(n -> !sharedNames.contains(n))); // stable: the group's label first
      names = List.of(String.join(PATH, names)); // one label, as a row's path under its group is printed
    }
    List<String> here = path;
    if (!names.isEmpty()) {
      here = new ArrayList<>(path);
      here.addAll(names);
      if (path.isEmpty()) {
        namedFirst.add(names.get(0));
      }
    }
    for (Iterator<Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (isName(key, value) && !names.isEmpty()) {
        continue;
      }
      boolean labelled = isLabel(key) && !holdsItems(value);
      if (!labelled && value.isValueNode() && !key.equals(StructuredExport.TEXT) && !isLabel(value.asText())) {
        continue; // the export's own bookkeeping under a word of its own
      }
      List<String> under = here;
      if (labelled) {
        under = new ArrayList<>(here);
        under.addAll(List.of(KEY_DOT.split(bare(key), -1)));
      }
      write(value, under, xml);
    }
  }

  private void array(JsonNode list, List<String> path) {
    if (holdsCells(list) || (!path.isEmpty() && holdsScalars(list))) {
      List<String> cells = new ArrayList<>(list.size() + 1);
      if (holdsLabel(list)) {
        heading(path);
      } else if (!path.isEmpty()) {
        cells.add(String.join("", path)); // a row's cells as a list under its label
      }
      list.forEach(c -> cells.add(cell(c)));
      out.add(String.join("\t", cells));
    } else if (isRecords(list)) {
      records(list, path);
    } else {
      Set<String> outer = sharedNames;
      sharedNames = shared(list);
      list.forEach(item -> write(item, path, true));
      sharedNames = outer;
    }
  }

  /**
   * The names that several of the list's items give: a group's label over them ({@code {"xiangmu": "（一）予以公开",
   * "fenlei": "三、本年度办理结果"}}), which stands before each item's own label whatever the order of their keys, the
   * two one path ({@code 三、本年度办理结果/（一）予以公开}) as a row's label under its group is printed.
   */
  private static Set<String> shared(JsonNode list) {
    Set<String> seen = new HashSet<>();
    Set<String> shared = new HashSet<>();
    for (JsonNode item : list) {
      if (item.isObject()) {
        for (String name : new HashSet<>(names(item))) {
          if (!seen.add(name)) {
            shared.add(name);
          }
        }
      }
    }
    return shared;
  }

  /**
   * Whether an object holds more than its names and bookkeeping: values under labels, lists, objects or an element's
   * text. One that holds none ({@code {"type": "heading", "text": "三、…"}}) is a paragraph, its labels its text.
   */
  private static boolean holdsContent(JsonNode node) {
    for (Iterator<Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Entry<String, JsonNode> f = fields.next();
      if (f.getValue().isContainerNode() || f.getKey().equals(StructuredExport.TEXT)
          || (isLabel(f.getKey()) && !isName(f.getKey(), f.getValue()))) {
        return true;
      }
    }
    return false;
  }

  /** An item's names: its labels under the export's own words (or in attributes), in order. */
  private static List<String> names(JsonNode item) {
    List<String> names = new ArrayList<>(2);
    item.fields().forEachRemaining(f -> {
      if (isName(f.getKey(), f.getValue())) {
        names.add(f.getValue().asText().strip());
      }
    });
    return names;
  }

  /** A label under an ASCII key or in an attribute: the name of the item holding it. */
  private static boolean isName(String key, JsonNode value) {
    return (!isLabel(key) || key.startsWith(StructuredExport.ATTRIBUTE)) && value.isTextual() && isLabel(value.asText())
        && value.asText().length() <= MAX_NAME;
  }

  /** Whether a value is a list of items, or an element named by its own labels: its key names none of its values. */
  private boolean holdsItems(JsonNode value) {
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (item.isObject()) {
          return true;
        }
      }
      return false;
    }
    return xml && value.isObject() && value.size() > 1 && !names(value).isEmpty();
  }

  /** Whether {@code s} holds a Chinese character: a code point scan, as every key and value of an export is asked. */
  private static boolean isLabel(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** An attribute's name without its mark. */
  private static String bare(String key) {
    return key.startsWith(StructuredExport.ATTRIBUTE) ? key.substring(StructuredExport.ATTRIBUTE.length()) : key;
  }

  /** Whether a list's values are cells: scalars only, at least one a string. */
  private static boolean holdsCells(JsonNode container) {
    boolean text = false;
    for (JsonNode cell : container) {
      if (cell.isContainerNode()) {
        return false;
      }
      text |= cell.isTextual();
    }
    return text;
  }

  private static boolean holdsLabel(JsonNode list) {
    for (JsonNode cell : list) {
      if (cell.isTextual() && isLabel(cell.asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsScalars(JsonNode container) {
    for (JsonNode cell : container) {
      if (cell.isContainerNode()) {
        return false;
      }
    }
    return !container.isEmpty();
  }

  /** Whether every item of a list is an object of cells: rows named by column. */
  private static boolean isRecords(JsonNode list) {
    for (JsonNode item : list) {
      if (!item.isObject() || !holdsCells(item)) {
        return false;
      }
    }
    return !list.isEmpty();
  }

  /**
   * A list of objects of cells as a table under a header of their names, the names of the items' labels first (the
   * rows' labels), under the labels it stands under as its heading.
   */
  private void records(JsonNode list, List<String> path) {
    heading(path);
    Set<String> names = new LinkedHashSet<>();
    list.forEach(item -> item.fields().forEachRemaining(f -> {
      if (isName(f.getKey(), f.getValue())) {
        names.add(f.getKey());
      }
    }));
    list.forEach(item -> item.fieldNames().forEachRemaining(names::add));
    List<String> header = new ArrayList<>(names.size());
    names.forEach(n -> header.add(n.equals(StructuredExport.TEXT) ? "" : bare(n)));
    out.add(String.join("\t", header));
    for (JsonNode item : list) {
      List<String> cells = new ArrayList<>(names.size());
      for (String name : names) {
        cells.add(cell(item.path(name)));
      }
      out.add(String.join("\t", cells));
    }
  }

  /** The labels over rows written as lines of cells, as their heading, once over them all. */
  private void heading(List<String> path) {
    if (!path.isEmpty() && !path.equals(rowsHeading)) {
      out.add("");
      out.add(String.join(PATH, path));
      rowsHeading = path;
    }
  }

  /** A cell's text on one line: a label wrapped in its cell is joined as a wrapped cell's is; null is blank. */
  private static String cell(JsonNode c) {
    if (c.isNull() || c.isMissingNode()) {
      return "";
    }
    if (c.isBigDecimal() || c.isFloatingPointNumber()) {
      return c.decimalValue().toPlainString();
    }
    return LINE_BREAKS.matcher(c.asText()).replaceAll("").strip();
  }

  /**
   * The lines: a path under a first label that stands over several rows (a section's title, or a key over rows) is
   * written under that label as a heading, the heading once, after a blank line.
   */
  private String text() {
    Map<String, Set<List<String>>> rowsUnder = new HashMap<>();
    for (Object o : out) {
      if (o instanceof Cell c && c.path().size() > 2) {
        rowsUnder.computeIfAbsent(c.path().get(0), k -> new HashSet<>()).add(c.path().subList(1, c.path().size() - 1));
      }
    }
    StringBuilder text = new StringBuilder();
    String heading = null;
    for (Object o : out) {
      if (!(o instanceof Cell c)) {
        text.append(o).append('\n');
        continue;
      }
      List<String> path = c.path();
      String first = path.get(0);
      if (path.size() > 2 && (rowsUnder.get(first).size() > 1 || !namedFirst.contains(first))) {
        if (!first.equals(heading)) {
          heading = first;
          if (first.length() > 1) { // a section's numeral alone (三.本年新收…) is no title: the rows run on as one table
            text.append('\n').append(first).append('\n');
          }
        }
        path = path.subList(1, path.size());
      }
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < path.size(); i++) {
        line.append(i > 0 ? PATH : "").append(path.get(i).replace(PATH, "／"));
      }
      line.append('：').append(c.value());
      // a key path is a row of its labels and value however few of them the export holds
      String row = KeyPathRows.row(line.toString());
      text.append(row != null ? row : line).append('\n');
    }
    return text.toString();
  }
}
