package org.govdisclosure.extract.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A report's tables saved by an open-data portal as a structured export, in the shapes such exports take: objects
 * nested section › row (› group) › column under the printed Chinese labels; lists of row objects under English
 * keys; flat key paths ({@code 三.本年新收政府信息公开申请数量.自然人: 5}); XML with an element or an attribute per
 * cell; YAML in block or flow style; each with a header of title, year and issuer. Section 二 is left out but for
 * the 2019 template's 政府集中采购 row.
 */
final class StructuredExports {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String SECTION_2 = TemplateRows.HEADINGS.get(1);
  private static final String SECTION_3 = TemplateRows.HEADINGS.get(2);
  private static final String SECTION_4 = TemplateRows.HEADINGS.get(3);
  private static final String PROCUREMENT = "政府集中采购";
  private static final List<String> PROCUREMENT_COLUMNS = List.of("采购项目数量", "采购总金额");

  private StructuredExports() {}

  /** {@code {"标题": …, "三、…": {"一、本年新收…": {"自然人": 5, "法人或其他组织": {"商业企业": 0, …}, "总计": 5}, …}}}. */
  static ObjectNode nested(GeneratedReport r, Random rnd) {
    ObjectNode root = header(r, "标题", "年度", "发布机关");
    boolean legalGroup = rnd.nextBoolean();
    if (r.procurementCount() != null) {
      ObjectNode row = root.putObject(SECTION_2).putObject(PROCUREMENT);
      row.put(PROCUREMENT_COLUMNS.get(0), Integer.parseInt(r.procurementCount()));
      row.put(PROCUREMENT_COLUMNS.get(1), r.procurementAmountText());
    }
    ObjectNode section3 = root.putObject(SECTION_3);
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      ObjectNode under = section3;
      if (row.group() != null) {
        under = child(under, row.group().official());
      }
      if (row.subgroup() != null) {
        under = child(under, row.subgroup().official());
      }
      ObjectNode cells = under.putObject(row.label().official());
      int[] values = r.applications().get(row.key());
      for (int c = 0; c < TemplateRows.APPLICANTS.size(); c++) {
        ObjectNode in = c > 0 && legalGroup ? child(cells, TemplateRows.LEGAL_PERSONS) : cells;
        in.put(TemplateRows.APPLICANTS.get(c), values[c]);
      }
      cells.put(TemplateRows.TOTAL, values[TemplateRows.APPLICANTS.size()]);
    }
    ObjectNode section4 = root.putObject(SECTION_4);
    for (int p = 0; p < TemplateRows.PROCEEDINGS.size(); p++) {
      ObjectNode under = p == 0 ? section4 : child(section4, TemplateRows.LITIGATION);
      ObjectNode outcomes = under.putObject(TemplateRows.PROCEEDINGS.get(p));
      for (int o = 0; o < TemplateRows.OUTCOMES.size(); o++) {
        outcomes.put(TemplateRows.OUTCOMES.get(o), r.review()[p * TemplateRows.OUTCOMES.size() + o]);
      }
    }
    return root;
  }

  /** {@code {"report": {…}, "tables": [{"section": "三、…", "rows": [{"label": "三、本年度办理结果/（一）予以公开", "自然人": 3, …}]}]}}. */
  static ObjectNode rows(GeneratedReport r, Random rnd) {
    String parts = List.of("/", " > ", "-").get(rnd.nextInt(3));
    boolean asText = rnd.nextBoolean();
    ObjectNode root = F.objectNode();
    root.set("report", header(r, "title", "year", "issuer"));
    ArrayNode tables = root.putArray("tables");
    if (r.procurementCount() != null) {
      ObjectNode row = tables.addObject().put("section", SECTION_2).putArray("rows").addObject().put("label", PROCUREMENT);
      row.put(PROCUREMENT_COLUMNS.get(0), r.procurementCount());
      row.put(PROCUREMENT_COLUMNS.get(1), r.procurementAmountText());
    }
    ArrayNode rows3 = tables.addObject().put("section", SECTION_3).putArray("rows");
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      ObjectNode cells = rows3.addObject().put("label", String.join(parts, labels(row)));
      int[] values = r.applications().get(row.key());
      for (int c = 0; c < values.length; c++) {
        String column = c < TemplateRows.APPLICANTS.size() ? TemplateRows.APPLICANTS.get(c) : TemplateRows.TOTAL;
        if (asText) {
          cells.put(column, String.valueOf(values[c]));
        } else {
          cells.put(column, values[c]);
        }
      }
    }
    ArrayNode rows4 = tables.addObject().put("section", SECTION_4).putArray("rows");
    for (int p = 0; p < TemplateRows.PROCEEDINGS.size(); p++) {
      String label = p == 0 ? TemplateRows.PROCEEDINGS.get(p) : TemplateRows.LITIGATION + parts + TemplateRows.PROCEEDINGS.get(p);
      ObjectNode cells = rows4.addObject().put("label", label);
      for (int o = 0; o < TemplateRows.OUTCOMES.size(); o++) {
        cells.put(TemplateRows.OUTCOMES.get(o), r.review()[p * TemplateRows.OUTCOMES.size() + o]);
      }
    }
    return root;
  }

  /** The nested tree's values under flat keys, its labels parted by dots, sections by their numeral alone. */
  static ObjectNode keyPaths(GeneratedReport r, Random rnd) {
    ObjectNode flat = F.objectNode();
    nested(r, rnd).fields().forEachRemaining(f -> {
      String key = f.getKey().equals(SECTION_2) || f.getKey().equals(SECTION_3) || f.getKey().equals(SECTION_4)
          ? f.getKey().substring(0, 1) : f.getKey();
      flatten(key, f.getValue(), flat);
    });
    return flat;
  }

  /** Block-style YAML of a tree, as a YAML library writes it. */
  static String yamlBlock(JsonNode tree) {
    StringBuilder b = new StringBuilder();
    yamlBlock(tree, 0, b);
    return b.toString();
  }

  /** Flow-style YAML of a tree: {@code {标题: "…", 三、…: {一、本年新收…: {自然人: 5, …}}}}, on one line. */
  static String yamlFlow(JsonNode tree) {
    if (tree.isObject()) {
      List<String> fields = new ArrayList<>();
      tree.fields().forEachRemaining(f -> fields.add(f.getKey() + ": " + yamlFlow(f.getValue())));
      return "{" + String.join(", ", fields) + "}";
    }
    return tree.isTextual() ? "\"" + tree.asText() + "\"" : tree.asText();
  }

  /**
   * XML under English element names, a {@code <table name="…">} per section and a {@code <row>} per row, each cell an
   * attribute named by its column ({@code <row label="（一）予以公开" 自然人="3" …/>}) or, in {@code elements}, a child
   * element named by it ({@code <自然人>3</自然人>}).
   */
  static String xml(GeneratedReport r, boolean elements) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report title=\"")
        .append(title(r)).append("\" year=\"").append(r.year()).append("\">\n<issuer>").append(r.organization()).append("</issuer>\n");
    if (r.procurementCount() != null) {
      b.append("<table name=\"").append(SECTION_2).append("\">\n");
      xmlRow(b, PROCUREMENT, PROCUREMENT_COLUMNS, List.of(r.procurementCount(), r.procurementAmountText()), elements);
      b.append("</table>\n");
    }
    b.append("<table name=\"").append(SECTION_3).append("\">\n");
    List<String> columns = new ArrayList<>(TemplateRows.APPLICANTS);
    columns.add(TemplateRows.TOTAL);
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      List<String> values = new ArrayList<>();
      for (int v : r.applications().get(row.key())) {
        values.add(String.valueOf(v));
      }
      xmlRow(b, String.join("/", labels(row)), columns, values, elements);
    }
    b.append("</table>\n<table name=\"").append(SECTION_4).append("\">\n");
    for (int p = 0; p < TemplateRows.PROCEEDINGS.size(); p++) {
      List<String> values = new ArrayList<>();
      for (int o = 0; o < TemplateRows.OUTCOMES.size(); o++) {
        values.add(String.valueOf(r.review()[p * TemplateRows.OUTCOMES.size() + o]));
      }
      String label = p == 0 ? TemplateRows.PROCEEDINGS.get(p) : TemplateRows.LITIGATION + "/" + TemplateRows.PROCEEDINGS.get(p);
      xmlRow(b, label, TemplateRows.OUTCOMES, values, elements);
    }
    return b.append("</table>\n</report>\n").toString();
  }

  private static void xmlRow(StringBuilder b, String label, List<String> columns, List<String> values, boolean elements) {
    b.append("  <row label=\"").append(label).append('"');
    if (elements) {
      b.append('>');
      for (int c = 0; c < columns.size(); c++) {
        b.append('<').append(columns.get(c)).append('>').append(values.get(c)).append("</").append(columns.get(c)).append('>');
      }
      b.append("</row>\n");
    } else {
      for (int c = 0; c < columns.size(); c++) {
        b.append(' ').append(columns.get(c)).append("=\"").append(values.get(c)).append('"');
      }
      b.append("/>\n");
    }
  }

  private static ObjectNode header(GeneratedReport r, String title, String year, String issuer) {
    ObjectNode header = F.objectNode();
    header.put(title, title(r));
    header.put(year, r.year());
    header.put(issuer, r.organization());
    return header;
  }

  private static String title(GeneratedReport r) {
    return r.organization() + r.year() + "年政府信息公开工作年度报告";
  }

  /** A row's labels from its group's down, as the template prints them. */
  private static List<String> labels(TemplateRows.Row row) {
    List<String> labels = new ArrayList<>(3);
    if (row.group() != null) {
      labels.add(row.group().official());
    }
    if (row.subgroup() != null) {
      labels.add(row.subgroup().official());
    }
    labels.add(row.label().official());
    return labels;
  }

  private static ObjectNode child(ObjectNode parent, String key) {
    JsonNode there = parent.get(key);
    return there instanceof ObjectNode o ? o : parent.putObject(key);
  }

  private static void flatten(String key, JsonNode value, ObjectNode flat) {
    if (!value.isObject()) {
      flat.set(key, value);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> f = fields.next();
      flatten(key + "." + f.getKey(), f.getValue(), flat);
    }
  }

  private static void yamlBlock(JsonNode tree, int indent, StringBuilder b) {
    tree.fields().forEachRemaining(f -> {
      b.append(" ".repeat(indent)).append(f.getKey()).append(':');
      if (f.getValue().isObject()) {
        b.append('\n');
        yamlBlock(f.getValue(), indent + 2, b);
      } else {
        b.append(' ').append(f.getValue().isTextual() ? "\"" + f.getValue().asText() + "\"" : f.getValue().asText()).append('\n');
      }
    });
  }
}
