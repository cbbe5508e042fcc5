package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.govdisclosure.extract.fixtures.WordGrid;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.PageFurniture;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.value.CellKind;

/**
 * A report document as text: Word's two text exports, a browser's copy of the page, a spreadsheet's tables saved as CSV and pasted among the
 * paragraphs, and a crawler's flattening of the HTML page.
 */
final class TextExports {

  private TextExports() {}

  /** Word's "save as text" of a table: each cell on its own line after a tab, a blank line after each row. */
  static String cellPerLine(Document doc) {
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder();
      for (Row row : t.rows()) {
        row.cells().forEach(c -> b.append('\t').append(c.raw()).append('\n'));
        b.append('\n');
      }
      return b.toString();
    });
  }

  /**
   * A browser's copy of the page: each cell on the next line, an empty cell an empty line, a label cell merged into
   * the one above not printed again. A row of counts alone (section 四's) has no merged cell: its empty first count
   * is a cell, whatever the grid takes it for.
   */
  static String pageCopy(Document doc) {
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder();
      for (List<WordGrid.Placed> row : WordGrid.of(t)) {
        boolean labelled = row.stream().anyMatch(p -> CellKind.of(Cell.Text.fold(p.text())) == CellKind.LABEL);
        row.stream().filter(p -> !labelled || p.merge() != WordGrid.Merge.CONTINUE).forEach(p -> b.append(p.text()).append('\n'));
      }
      return b.toString();
    });
  }

  /**
   * A crawl of the page's table one cell a line, each cell closed by a pipe ({@code 56 |}), an empty cell a lone pipe in
   * its place ({@code |}), each row ended by a run of pipes ({@code ||}), as some sites' copies print their tables.
   */
  static String pipeCellLines(Document doc) {
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder();
      for (List<WordGrid.Placed> row : WordGrid.of(t)) {
        row.stream().filter(p -> p.merge() != WordGrid.Merge.CONTINUE)
            .forEach(p -> b.append(p.text().isBlank() ? "|" : p.text() + " |").append('\n'));
        b.append("||\n");
      }
      return b.toString();
    });
  }

  /** The other Word text export: a table row per line, its cells separated by tabs. */
  static String tabbed(Document doc) {
    return export(doc, "\n\n", t -> {
      StringBuilder b = new StringBuilder();
      for (Row row : t.rows()) {
        b.append(String.join("\t", row.cells().stream().map(Cell::raw).toList())).append('\n');
      }
      return b.append('\n').toString();
    });
  }

  /**
   * The tab-separated export as a browser copies a page whose header cells break their words ({@code 科研<br>机构}):
   * in a row without figures, a cell of four characters or more is broken in two at a place drawn, half of the time,
   * the break ending the line inside the row.
   */
  static String tabbedBrokenHeader(Document doc, Random rnd) {
    return export(doc, "\n\n", t -> {
      StringBuilder b = new StringBuilder();
      for (Row row : t.rows()) {
        boolean header = row.cells().stream().noneMatch(c -> c.text().chars().anyMatch(Character::isDigit));
        List<String> cells = new ArrayList<>(row.cells().size());
        for (Cell cell : row.cells()) {
          String raw = cell.raw();
          boolean broken = header && raw.length() >= 4 && rnd.nextBoolean();
          int at = broken ? 1 + rnd.nextInt(raw.length() - 1) : 0;
          cells.add(broken ? raw.substring(0, at) + "\n" + raw.substring(at) : raw);
        }
        b.append(String.join("\t", cells)).append('\n');
      }
      return b.append('\n').toString();
    });
  }

  /**
   * The tab-separated export as converters that mix their separators print it: in one row the tabs doubled (where no
   * cell is blank: a doubled tab beside a blank cell would leave which cells are blank unknown), in another a run of
   * spaces instead of some tabs between two figures, so that one tab-separated cell holds several ({@code 0   4}); in
   * another (no cell blank after its label either) each gap after the label a tab or spaces, runs of them or one between two figures
   * once the first two figures stand a run apart ({@code 1.本机关…   3   0 4\t0 1}).
   */
  static String tabbedMixed(Document doc, Random rnd) {
    return export(doc, "\n\n", t -> {
      StringBuilder b = new StringBuilder();
      for (Row row : t.rows()) {
        List<Cell> cells = row.cells();
        int mode = rnd.nextInt(4);
        boolean noBlank = cells.stream().noneMatch(Cell::isBlank);
        boolean doubled = mode == 1 && noBlank;
        int lead = 0; // the blank cells a merged group label leaves before the row's own label stay tab-parted
        while (lead < cells.size() && cells.get(lead).isBlank()) {
          lead++;
        }
        boolean spacedAll = mode == 3 && cells.stream().skip(lead).noneMatch(Cell::isBlank);
        boolean runShown = false; // whether a run of spaces already parts two figures of the row
        for (int c = 0; c < cells.size(); c++) {
          if (c > 0) {
            boolean figures = isFigure(cells.get(c - 1)) && isFigure(cells.get(c));
            boolean spaced = mode == 2 && figures && rnd.nextBoolean();
            if (spacedAll && c > lead) {
              int gap = !figures ? rnd.nextInt(2) : runShown ? rnd.nextInt(3) : 1;
              b.append(gap == 0 ? "\t" : gap == 1 ? " ".repeat(2 + rnd.nextInt(2)) : " ");
              runShown |= figures && gap == 1;
            } else {
              b.append(spaced ? " ".repeat(2 + rnd.nextInt(2)) : doubled ? "\t\t" : "\t");
            }
          }
          b.append(cells.get(c).raw());
        }
        b.append('\n');
      }
      return b.append('\n').toString();
    });
  }

  /**
   * The tab-separated export as a converter that doubles its tabs at random prints it ({@code 3\t\t0\t1\t\t4}): in a
   * row where no cell is blank, each tab between two figures doubled or not by chance, so that the blanks stand at
   * different places in different rows (where a cell is blank the row keeps single tabs: a doubled one beside it would
   * leave which cells are blank unknown).
   */
  static String tabbedDoubledAtRandom(Document doc, Random rnd) {
    return export(doc, "\n\n", t -> {
      StringBuilder b = new StringBuilder();
      for (Row row : t.rows()) {
        List<Cell> cells = row.cells();
        boolean noBlank = cells.stream().noneMatch(Cell::isBlank);
        for (int c = 0; c < cells.size(); c++) {
          if (c > 0) {
            boolean figures = isFigure(cells.get(c - 1)) && isFigure(cells.get(c));
            b.append(noBlank && figures && rnd.nextInt(3) == 0 ? "\t\t" : "\t");
          }
          b.append(cells.get(c).raw());
        }
        b.append('\n');
      }
      return b.append('\n').toString();
    });
  }

  private static boolean isFigure(Cell cell) {
    CellKind kind = CellKind.of(cell.text());
    return kind == CellKind.NUMBER || kind == CellKind.MARKER;
  }

  /**
   * The tables as a spreadsheet saves them as comma-separated values, pasted between the paragraphs: each cell in its
   * grid column, the columns a merged cell covers (and a short row's end) as blank fields, a field with a comma or a
   * quote quoted, a cell's line breaks dropped as a paste flattens them.
   */
  static String csv(Document doc) {
    return csv(doc, false);
  }

  /** {@link #csv}, every field quoted, as some tools save each cell as a string ({@code "自然人","5"}). */
  static String csvQuoted(Document doc) {
    return csv(doc, true, ',');
  }

  /**
   * An office suite's "Text (CSV)" export with every field quoted and another separator: the semicolon of a locale
   * whose decimal mark is the comma, or the tab ({@code "自然人";"5"}, {@code "自然人"\t"5"}).
   */
  static String csvQuoted(Document doc, char separator) {
    return csv(doc, true, separator);
  }

  private static String csv(Document doc, boolean quoteAll) {
    return csv(doc, quoteAll, ',');
  }

  private static String csv(Document doc, boolean quoteAll, char separator) {
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder();
      List<List<WordGrid.Placed>> grid = WordGrid.of(t);
      int width = gridWidth(grid);
      for (List<WordGrid.Placed> row : grid) {
        String[] fields = new String[width];
        Arrays.fill(fields, "");
        for (WordGrid.Placed p : row) {
          fields[p.col()] = p.merge() == WordGrid.Merge.CONTINUE ? "" : csvField(p.text());
        }
        if (quoteAll) {
          Arrays.setAll(fields, i -> fields[i].startsWith("\"") ? fields[i] : '"' + fields[i] + '"');
        }
        b.append(String.join(String.valueOf(separator), fields)).append('\n');
      }
      return b.toString();
    });
  }

  /**
   * An OCR service's CSV export (Amazon Textract's): the page's lines, and each table under its caption
   * ({@code Table: Table_2}) with every filled field marked as text by an apostrophe and a space after it
   * ({@code '12 }), then a grid of the same shape giving the service's confidence in each cell, under its heading.
   */
  static String textractCsv(Document doc, Random rnd) {
    int[] tables = {0};
    return export(doc, "\n", t -> {
      StringBuilder values = new StringBuilder("\nTable: Table_").append(++tables[0]).append("\n\n");
      StringBuilder scores = new StringBuilder("\nConfidence Scores % (Table Cell)\n");
      List<List<WordGrid.Placed>> grid = WordGrid.of(t);
      int width = gridWidth(grid);
      for (List<WordGrid.Placed> row : grid) {
        String[] fields = new String[width];
        String[] confidence = new String[width];
        Arrays.fill(fields, "");
        for (int c = 0; c < width; c++) {
          confidence[c] = "'" + String.format("%.2f", 40 + 60 * rnd.nextDouble()) + " ";
        }
        for (WordGrid.Placed p : row) {
          String text = p.merge() == WordGrid.Merge.CONTINUE ? "" : p.text().replace("\n", "");
          fields[p.col()] = text.isEmpty() ? "" : csvField("'" + text + " ");
        }
        values.append(String.join(",", fields)).append('\n');
        scores.append(String.join(",", confidence)).append('\n');
      }
      return values.append(scores).append('\n').toString();
    });
  }

  /**
   * A document-AI tool's elements saved as JSON (Unstructured's {@code partition}): one object per paragraph (its
   * first a {@code Title}), a table's cells as HTML in {@code metadata.text_as_html} beside its flat text, and a page
   * footer as the tool types it, {@code Footer}.
   */
  static String unstructuredJson(Document doc, Random rnd) {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ArrayNode elements = json.createArrayNode();
    int page = 1;
    for (Block block : doc.blocks()) {
      com.fasterxml.jackson.databind.node.ObjectNode e = elements.addObject();
      com.fasterxml.jackson.databind.node.ObjectNode metadata = json.createObjectNode().put("filetype", "application/pdf");
      if (block instanceof Paragraph p) {
        boolean footer = PageFurniture.isPageNumber(p.raw(), PageFurniture.Form.ANY);
        e.put("type", elements.size() == 1 ? "Title" : footer ? "Footer" : "NarrativeText").put("text", p.raw());
        page += footer ? 1 : 0;
      } else if (block instanceof Table t) {
        e.put("type", "Table").put("text", String.join(" ", t.rows().stream().flatMap(r -> r.cells().stream())
            .map(c -> c.raw().replace("\n", "")).filter(c -> !c.isBlank()).toList()));
        metadata.put("text_as_html", org.govdisclosure.extract.HtmlPages.mergedTable(t));
      }
      e.put("element_id", Long.toHexString(rnd.nextLong())).set("metadata", metadata.put("page_number", page));
    }
    return rnd.nextBoolean() ? elements.toPrettyString() : elements.toString();
  }

  /**
   * A crawler's dump of the page as JSON: the page's address and when it was fetched, then its blocks in order, a
   * paragraph's text or a table's rows, each row an object of its index and its cells as the grid prints them.
   */
  static String crawlerJson(Document doc, Random rnd) {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode page = json.createObjectNode()
        .put("url", "http://www.example.gov.cn/art/" + (1000 + rnd.nextInt(9000)) + ".html").put("fetched", "2024-03-0" + (1 + rnd.nextInt(9)));
    com.fasterxml.jackson.databind.node.ArrayNode content = page.putArray("content");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        content.addObject().put("type", "p").put("text", p.raw());
      } else if (block instanceof Table t) {
        com.fasterxml.jackson.databind.node.ArrayNode rows = content.addObject().put("type", "table").putArray("rows");
        List<String[]> grid = gridTexts(t);
        for (int i = 0; i < grid.size(); i++) {
          com.fasterxml.jackson.databind.node.ArrayNode cells = rows.addObject().put("row", i + 1).putArray("cells");
          Arrays.stream(grid.get(i)).forEach(cells::add);
        }
      }
    }
    return rnd.nextBoolean() ? page.toPrettyString() : page.toString();
  }

  /**
   * Word's tab-separated export of tables with a column of row numbers before their labels: {@code 序号} over it in the
   * first row, the other rows without figures (headers, captions) blank there, each row with figures numbered 1, 2, 3 …
   */
  static String tabbedNumbered(Document doc, Random rnd) {
    String mark = rnd.nextBoolean() ? "" : rnd.nextBoolean() ? "." : "、";
    return export(doc, "\n\n", t -> {
      StringBuilder b = new StringBuilder();
      int n = 0;
      for (int r = 0; r < t.rows().size(); r++) {
        Row row = t.rows().get(r);
        boolean figures = row.cells().stream().anyMatch(TextExports::isFigure);
        b.append(r == 0 ? "序号" : figures ? ++n + mark : "").append('\t')
            .append(String.join("\t", row.cells().stream().map(Cell::raw).toList())).append('\n');
      }
      return b.append('\n').toString();
    });
  }

  /**
   * The whole report typed into one spreadsheet sheet and saved as CSV, as Excel and WPS write it: every row padded
   * with empty fields to the sheet's width (a heading or paragraph is its text and commas), an empty row after each
   * table, lines ended by CRLF.
   */
  static String sheetCsv(Document doc) {
    int width = Math.max(4, doc.blocks().stream().filter(b -> b instanceof Table).mapToInt(b -> gridWidth(WordGrid.of((Table) b))).max().orElse(0));
    String empty = ",".repeat(width - 1);
    StringBuilder b = new StringBuilder();
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(csvField(p.raw())).append(empty).append("\r\n");
      } else if (block instanceof Table t) {
        for (List<WordGrid.Placed> row : WordGrid.of(t)) {
          String[] fields = new String[width];
          Arrays.fill(fields, "");
          for (WordGrid.Placed p : row) {
            fields[p.col()] = p.merge() == WordGrid.Merge.CONTINUE ? "" : csvField(p.text());
          }
          b.append(String.join(",", fields)).append("\r\n");
        }
        b.append(empty).append("\r\n");
      }
    }
    return b.toString();
  }

  private static int gridWidth(List<List<WordGrid.Placed>> grid) {
    return grid.stream().mapToInt(r -> r.isEmpty() ? 0 : r.get(r.size() - 1).col() + r.get(r.size() - 1).span()).max().orElse(0);
  }

  /**
   * The tables as a script prints the rows a PDF table extractor returns (pdfplumber's {@code extract_table}): one
   * Python list a row, {@code None} where a merged cell covers the place, a long label's wrapped lines joined by an
   * escaped line break ({@code '一、本年新收\\n政府信息'}); or, as camelot saves them, every field quoted and the
   * label's line breaks kept inside its quotes.
   */
  static String extractedRows(Document doc, Random rnd) {
    boolean lists = rnd.nextBoolean();
    int wrap = 5 + rnd.nextInt(6);
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder(lists ? "[\n" : "");
      for (String[] row : placedRows(t, null)) {
        List<String> fields = new ArrayList<>();
        for (String cell : row) {
          String text = cell == null ? null : wrapped(cell, wrap, lists ? "\\n" : "\n");
          fields.add(lists ? (text == null ? "None" : "'" + text + "'") : '"' + (text == null ? "" : text.replace("\"", "\"\"")) + '"');
        }
        b.append(lists ? "[" + String.join(", ", fields) + "]," : String.join(",", fields)).append('\n');
      }
      return b.append(lists ? "]\n" : "").toString();
    });
  }

  /**
   * The tables as converters to a text markup write them: AsciiDoc ({@code |===}, a merged cell's spans before it,
   * {@code 3+|}, {@code .8+|}, the rows one a line) or a reStructuredText list table ({@code * - cell}, a dash a cell,
   * the places a merged cell covers empty dashes).
   */
  static String markupTables(Document doc, Random rnd) {
    boolean asciiDoc = rnd.nextBoolean();
    return export(doc, "\n\n", t -> {
      StringBuilder b = new StringBuilder();
      if (!asciiDoc) {
        b.append(".. list-table::\n   :header-rows: 1\n\n");
        for (String[] row : placedRows(t, "")) {
          for (int c = 0; c < row.length; c++) {
            b.append(c == 0 ? "   * -" : "     -").append(row[c].isEmpty() ? "" : " " + row[c].replace("\n", "")).append('\n');
          }
        }
        return b.append('\n').toString();
      }
      List<List<WordGrid.Placed>> grid = WordGrid.of(t);
      b.append("[cols=\"").append(width(grid)).append("*\"]\n|===\n");
      for (int r = 0; r < grid.size(); r++) {
        List<String> cells = new ArrayList<>();
        for (WordGrid.Placed p : grid.get(r)) {
          if (p.merge() == WordGrid.Merge.CONTINUE) {
            continue;
          }
          int down = WordGrid.rowsDown(grid, r, p);
          String spans = (p.span() > 1 ? String.valueOf(p.span()) : "") + (down > 1 ? "." + down : "");
          cells.add((spans.isEmpty() ? "" : spans + "+") + "|" + p.text().replace("\n", ""));
        }
        b.append(String.join(" ", cells)).append('\n');
      }
      return b.append("|===\n\n").toString();
    });
  }

  /**
   * The report as a forum post copied from a Discuz-like board holds it: each table in BBCode ({@code [table]},
   * {@code [tr]}, {@code [td=colspan,rowspan]} for merged cells), a cell a line or a row a line, cells and headings
   * wrapped in the board's formatting tags ({@code [b]}, {@code [size=2]}, {@code [align=center]}).
   */
  static String bbcode(Document doc, Random rnd) {
    boolean cellLines = rnd.nextBoolean();
    StringBuilder b = new StringBuilder();
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(rnd.nextInt(3) == 0 ? "[b]" + p.raw() + "[/b]" : p.raw()).append('\n');
      } else if (block instanceof Table t) {
        List<List<WordGrid.Placed>> grid = WordGrid.of(t);
        b.append("[table=98%]\n");
        for (int r = 0; r < grid.size(); r++) {
          b.append("[tr]");
          for (WordGrid.Placed p : grid.get(r)) {
            if (p.merge() == WordGrid.Merge.CONTINUE) {
              continue;
            }
            int down = WordGrid.rowsDown(grid, r, p);
            String text = p.text().replace("\n", "");
            text = switch (rnd.nextInt(4)) {
              case 0 -> "[b]" + text + "[/b]";
              case 1 -> "[size=2][font=宋体]" + text + "[/font][/size]";
              case 2 -> "[align=center]" + text + "[/align]";
              default -> text;
            };
            b.append(p.span() > 1 || down > 1 ? "[td=" + p.span() + "," + down + "]" : "[td]").append(text).append("[/td]")
                .append(cellLines ? "\n" : "");
          }
          b.append("[/tr]\n");
        }
        b.append("[/table]\n");
      }
    }
    return b.toString();
  }

  /**
   * The tables as a PDF-to-markdown converter writing LaTeX prints them (Mathpix): {@code \\multicolumn} and
   * {@code \\multirow} for merged cells, an empty cell (or an empty {@code \\multicolumn}) where a multirow above
   * reaches, {@code \\hline} or {@code \\cline} between rows.
   */
  static String latexTables(Document doc) {
    return export(doc, "\n\n", t -> {
      List<List<WordGrid.Placed>> grid = WordGrid.of(t);
      int width = width(grid);
      StringBuilder b = new StringBuilder("\\begin{tabular}{").append("|c".repeat(width)).append("|}\n\\hline\n");
      for (int r = 0; r < grid.size(); r++) {
        List<String> cells = new ArrayList<>();
        boolean continuing = false;
        for (WordGrid.Placed p : grid.get(r)) {
          String text = p.text().replace("\n", "");
          if (p.merge() == WordGrid.Merge.CONTINUE) {
            continuing = true;
            text = "";
          } else {
            int down = WordGrid.rowsDown(grid, r, p);
            text = down > 1 ? "\\multirow{" + down + "}{*}{" + text + "}" : text;
          }
          cells.add(p.span() > 1 ? "\\multicolumn{" + p.span() + "}{|c|}{" + text + "}" : text);
        }
        b.append(String.join(" & ", cells)).append(" \\\\\n");
        b.append(continuing && r + 1 < grid.size() ? "\\cline{2-" + width + "}\n" : "\\hline\n");
      }
      return b.append("\\end{tabular}\n\n").toString();
    });
  }

  /** Whether the row holds a cell continuing a vertical merge in grid column {@code col}. */
  private static int width(List<List<WordGrid.Placed>> grid) {
    return grid.stream().mapToInt(r -> r.isEmpty() ? 0 : r.get(r.size() - 1).col() + r.get(r.size() - 1).span()).max().orElse(0);
  }

  /** Each grid row's cells by grid column: a cell's text in its first column, {@code covered} in the places a merge covers. */
  private static List<String[]> placedRows(Table t, String covered) {
    List<List<WordGrid.Placed>> grid = WordGrid.of(t);
    int width = width(grid);
    List<String[]> rows = new ArrayList<>();
    for (List<WordGrid.Placed> row : grid) {
      String[] cells = new String[width];
      Arrays.fill(cells, covered);
      for (WordGrid.Placed p : row) {
        cells[p.col()] = p.merge() == WordGrid.Merge.CONTINUE ? covered : p.text();
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A label longer than {@code every} characters broken every so many by {@code lineBreak}; a figure as it is. */
  private static String wrapped(String cell, int every, String lineBreak) {
    String text = cell.replace("\n", "");
    if (text.length() <= every || isFigure(new Cell(text))) {
      return text;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i += every) {
      b.append(i == 0 ? "" : lineBreak).append(text, i, Math.min(text.length(), i + every));
    }
    return b.toString();
  }

  /** The document's paragraphs, each followed by {@code afterParagraph}, and its tables as {@code table} writes them. */
  private static String export(Document doc, String afterParagraph, Function<Table, String> table) {
    StringBuilder b = new StringBuilder();
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.raw()).append(afterParagraph);
      } else if (block instanceof Table t) {
        b.append(table.apply(t));
      }
    }
    return b.toString();
  }

  /**
   * The tables as a phone's page prints them, a cell a line: a caption on its line; each row's label pieces on lines of
   * their own, then each of its figures after its column's name ({@code 自然人：5}, the lowest header naming it); a
   * row with no label (section 四's one row) names each group of its columns ({@code 行政复议}) on a line before them.
   */
  static String keyValueLines(Document doc) {
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder();
      List<String[]> header = new ArrayList<>();
      for (String[] row : gridTexts(t)) {
        int firstFigure = 0;
        while (firstFigure < row.length && !isFigure(new Cell(row[firstFigure]))) {
          firstFigure++;
        }
        if (firstFigure == row.length) {
          if (Arrays.stream(row).filter(c -> !c.isEmpty()).distinct().count() > 1) {
            header.add(row);
          } else {
            header.clear();
            Arrays.stream(row).filter(c -> !c.isEmpty()).distinct().forEach(c -> b.append(c).append('\n'));
          }
          continue;
        }
        // a label merged across columns once, as the page shows it
        Arrays.stream(row, 0, firstFigure).filter(c -> !c.isEmpty()).distinct().forEach(c -> b.append(c).append('\n'));
        String group = null;
        for (int c = firstFigure; c < row.length; c++) {
          int named = header.size() - 1;
          while (named > 0 && header.get(named)[c].isEmpty()) {
            named--;
          }
          StringBuilder above = new StringBuilder();
          for (int h = 0; h < named; h++) {
            above.append(header.get(h)[c]);
          }
          if (firstFigure == 0 && !above.toString().equals(group)) {
            group = above.toString();
            b.append(group).append('\n');
          }
          String name = named < 0 ? "" : header.get(named)[c];
          if (!name.isEmpty() || !row[c].isEmpty()) {
            b.append(name).append('：').append(row[c]).append('\n');
          }
        }
      }
      return b.toString();
    });
  }

  /** Each grid row's text per grid column: a merged cell's in each column it spans, blank where it goes on below. */
  private static List<String[]> gridTexts(Table t) {
    List<List<WordGrid.Placed>> grid = WordGrid.of(t);
    int width = gridWidth(grid);
    List<String[]> rows = new ArrayList<>();
    for (List<WordGrid.Placed> row : grid) {
      String[] texts = new String[width];
      Arrays.fill(texts, "");
      for (WordGrid.Placed p : row) {
        for (int c = p.col(); c < p.col() + p.span(); c++) {
          texts[c] = p.merge() == WordGrid.Merge.CONTINUE ? "" : p.text().replace("\n", "");
        }
      }
      rows.add(texts);
    }
    return rows;
  }

  private static String csvField(String raw) {
    String text = raw.replace("\n", "");
    return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** How a crawler flattened the page's table cells. */
  enum Flattening {
    /** Cells run together: {@code 一、本年新收政府信息公开申请数量801000081}. */
    GLUED,
    /** Cells separated by single spaces. */
    SPACED,
    /** Glued up to some row of section 三, spaced after it, as one site's template printed its last rows. */
    MIXED
  }

  /** The page as one line of text after the site's navigation, as stored by a crawler. */
  static String crawled(Document doc, Flattening flattening, Random rnd) {
    StringBuilder b = new StringBuilder("当前位置： 首页 政务公开 政府信息公开年报 ");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.raw());
      } else if (block instanceof Table t) {
        List<Row> rows = t.rows();
        int spacedFrom = switch (flattening) {
          case GLUED -> rows.size();
          case SPACED -> 0;
          case MIXED -> rnd.nextInt(rows.size());
        };
        for (int r = 0; r < rows.size(); r++) {
          String separator = r >= spacedFrom ? " " : "";
          for (Cell c : rows.get(r).cells()) {
            if (!c.isBlank()) {
              b.append(c.raw().replace("\n", "")).append(separator);
            }
          }
        }
        b.append(' ');
      }
    }
    return b.append(" 附件下载\n").toString();
  }
  /**
   * The text as a page's source holds it: quotation marks and brackets as named or numeric references, some other
   * characters as decimal or hexadecimal ones, each empty line inside the text a {@code &nbsp;} now and then.
   */
  static String withCharacterReferences(String text, Random rnd) {
    double share = 0.05 + rnd.nextDouble() * 0.2;
    StringBuilder b = new StringBuilder(text.length() * 2);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() && i > 0 && i < lines.length - 1 && rnd.nextBoolean()) {
        b.append("&nbsp;");
      }
      for (int k = 0; k < line.length(); k++) {
        char c = line.charAt(k);
        switch (c) {
          case '“' -> b.append("&ldquo;");
          case '”' -> b.append("&rdquo;");
          case '（' -> b.append(rnd.nextBoolean() ? "&#xff08;" : "（");
          default -> {
            if (Character.isIdeographic(c) && rnd.nextDouble() < share) {
              b.append(rnd.nextBoolean() ? "&#" + (int) c + ";" : "&#x" + Integer.toHexString(c) + ";");
            } else {
              b.append(c);
            }
          }
        }
      }
      if (i < lines.length - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** The text forwarded in an e-mail: the mail's header, then every line quoted ({@code > }, {@code >> }). */
  static String mailQuoted(String text, Random rnd) {
    String mark = rnd.nextBoolean() ? "> " : rnd.nextBoolean() ? ">> " : ">";
    StringBuilder b = new StringBuilder("-------- 转发的邮件 --------\n主题：转发：政府信息公开工作年度报告\n日期：2024年1月"
        + (1 + rnd.nextInt(28)) + "日 10:" + (10 + rnd.nextInt(50)) + "\n发件人：办公室\n\n");
    for (String line : text.split("\r?\n", -1)) {
      b.append(line.isEmpty() ? mark.strip() : mark + line).append('\n');
    }
    return b.toString();
  }
}
