package org.govdisclosure.extract.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A crawler's dump of a report as JSON (its title and body as strings, its tables as lists of rows: a row a list of
 * cells, an object holding such a list beside its index, or an object of cells by column name), written back as the
 * text it stands for: a string a line, a row a line of tab-separated cells (the plain-text reader reads such lines as a
 * table), a list of objects as a table under a header of their names. A number, or a string of ASCII alone, outside a
 * list of cells is the dump's own bookkeeping (a row's index, a page's address, a date, a block's type), none of the
 * report's text (which is Chinese), and is left out.
 */
final class JsonDump {

  /** An object or array opening the text: a report's own text never opens so. */
  private static final Pattern OPENS_JSON = Pattern.compile("^\\s*[\\[{]\\s*[\"\\[{]");
  /** A string of ASCII alone outside a row: the dump's own (an address, a date, a type's name), no report's text. */
  private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\r\\n]+");
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonDump() {}

  /** The dump's text, or null when {@code content} is no JSON. */
  static String text(String content) {
    if (!OPENS_JSON.matcher(content).lookingAt()) {
      return null;
    }
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      return null; // cut short or not JSON after all: read as the text it is
    }
    StringBuilder text = new StringBuilder(content.length());
    write(root, text);
    return text.toString();
  }

  private static void write(JsonNode node, StringBuilder text) {
    if (node.isTextual()) {
      if (!ASCII.matcher(node.asText()).matches()) {
        text.append(node.asText()).append('\n');
      }
    } else if (isRow(node)) {
      row(node, text);
    } else if (node.isArray() && isRecords(node)) {
      records(node, text);
    } else if (node.isContainerNode()) {
      node.forEach(child -> write(child, text));
    }
  }

  /** Whether a node is a list of cells. */
  private static boolean isRow(JsonNode node) {
    return node.isArray() && holdsCells(node);
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

  /** Whether a list's or an object's values are cells: scalars only, at least one a string. */
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

  private static void row(JsonNode cells, StringBuilder text) {
    List<String> out = new ArrayList<>(cells.size());
    cells.forEach(c -> out.add(cell(c)));
    text.append(String.join("\t", out)).append('\n');
  }

  private static void records(JsonNode list, StringBuilder text) {
    Set<String> names = new LinkedHashSet<>();
    list.forEach(item -> item.fieldNames().forEachRemaining(names::add));
    text.append(String.join("\t", names)).append('\n');
    for (JsonNode item : list) {
      List<String> out = new ArrayList<>(names.size());
      for (String name : names) {
        out.add(cell(item.path(name)));
      }
      text.append(String.join("\t", out)).append('\n');
    }
  }

  /** A cell's text on one line: a label wrapped in its cell is joined as a wrapped cell's is; null is blank. */
  private static String cell(JsonNode c) {
    return c.isNull() || c.isMissingNode() ? "" : LINE_BREAKS.matcher(c.asText()).replaceAll("");
  }
}
