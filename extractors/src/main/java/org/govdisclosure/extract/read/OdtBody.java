package org.govdisclosure.extract.read;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.read.BodyContent.BodyCell;
import org.govdisclosure.extract.read.BodyContent.BodyTable;
import org.govdisclosure.extract.read.BodyContent.Item;
import org.govdisclosure.extract.read.BodyContent.Para;

/**
 * The text of an OpenDocument text (ODT) package's {@code content.xml} read in one streaming (StAX) pass, into the
 * model the Word readers give: paragraphs (headings and list items too) and tables in document order, tracked
 * changes accepted (the deleted text, which ODF keeps apart in {@code text:tracked-changes}, is not read), comments,
 * notes, ruby guides and pictures' alternative text left out. Merged cells (number-columns-spanned, number-rows-spanned) are laid out by
 * {@link SpanGrid}, repeated cells and rows repeated; a table that holds tables lays out the page and gives its
 * cells' content instead; a frame's text box gives its paragraphs after the paragraph it is anchored in.
 */
final class OdtBody {

  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  /** A frame's or shape's title and description (alternative text), not shown on the page. */
  private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

  /** Elements whose content is not shown as the document's text. */
  private static final Set<String> HIDDEN_TEXT = Set.of("tracked-changes", "note", "ruby-text", "sequence-decls",
      "variable-decls", "user-field-decls", "alphabetical-index-source", "table-of-content-source", "index-title-template");
  private static final Set<String> HIDDEN_TABLE = Set.of("table-columns", "table-column", "table-column-group", "table-header-columns");
  private static final Set<String> HIDDEN_OFFICE = Set.of("annotation", "forms");
  /**
   * An ODF paragraph's white space in the XML collapses to one space (spaces past the first are {@code text:s},
   * tabs {@code text:tab}, breaks {@code text:line-break}).
   */
  private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\r\\n]+");
  /**
   * Repetitions of a cell or a row that are read: a report's table repeats a few empty cells; a sheet pasted in
   * repeats its empty columns and rows to the sheet's edge, a thousand and more.
   */
  static final int MAX_REPEAT = SpanGrid.MAX_SPAN;

  private OdtBody() {}

  /** The blocks of the document's {@code office:text}, each picture's blocks ({@code pictured} of its href) after its paragraph. */
  static List<Block> read(InputStream content, Function<String, List<Block>> pictured) throws XMLStreamException {
    Cursor c = new Cursor(DocxBody.parser(content));
    try {
      List<Block> blocks = new ArrayList<>();
      while (c.xml.hasNext()) {
        if (c.next() == START_ELEMENT && c.is(OFFICE, "text")) {
          BodyContent.addBlocks(content(c), blocks, pictured);
          break;
        }
      }
      return blocks;
    } finally {
      c.xml.close();
    }
  }

  /** A cell's content and the grid columns and rows it spans. */
  private record OdtCell(List<Item> items, int columns, int rows) implements BodyCell {}

  /** A table as read: its cells merge across and down by the columns and rows they span. */
  private record OdtTable(List<List<OdtCell>> rows) implements BodyTable {

    @Override
    public Table layOut() {
      SpanGrid grid = new SpanGrid(rows.size());
      for (int r = 0; r < rows.size(); r++) {
        int col = 0;
        for (OdtCell cell : rows.get(r)) {
          col = grid.place(r, col, cell.text(), cell.columns(), cell.rows());
        }
      }
      return grid.table();
    }
  }

  /** The paragraphs and tables up to the end of the current element, wrappers (lists, sections, frames) read through. */
  private static List<Item> content(Cursor c) throws XMLStreamException {
    List<Item> items = new ArrayList<>();
    for (int top = c.depth(); c.nextWithin(top); ) {
      if (c.is(TEXT, "p") || c.is(TEXT, "h")) {
        List<String> boxes = new ArrayList<>(0);
        List<String> pictures = new ArrayList<>(0);
        items.add(new Para(runs(c, boxes, pictures), boxes, pictures));
      } else if (c.is(TABLE, "table")) {
        items.add(table(c));
      } else if (c.is(DRAW, "image")) {
        String href = c.xml.getAttributeValue(XLINK, "href");
        items.add(new Para("", List.of(), href == null ? List.of() : List.of(href)));
        c.skip();
      } else {
        c.readThrough();
      }
    }
    return items;
  }

  private static OdtTable table(Cursor c) throws XMLStreamException {
    List<List<OdtCell>> rows = new ArrayList<>();
    for (int top = c.depth(); c.nextWithin(top); ) {
      if (c.is(TABLE, "table-row")) {
        int repeated = c.count(TABLE, "number-rows-repeated", MAX_REPEAT);
        List<OdtCell> row = row(c);
        for (int i = 0; i < repeated; i++) {
          rows.add(row);
        }
      } else if (c.is(TABLE, "table")) {
        // A table directly in a table (a sub-table of old files) is read as the page's content.
        rows.add(List.of(new OdtCell(List.of(table(c)), 1, 1)));
      } else {
        c.readThrough();
      }
    }
    return new OdtTable(rows);
  }

  /** A row's cells; a covered cell (under a span) is left to {@link SpanGrid}, which places the spanning cell. */
  private static List<OdtCell> row(Cursor c) throws XMLStreamException {
    List<OdtCell> cells = new ArrayList<>();
    for (int e = c.next(); e != END_ELEMENT; e = c.next()) {
      if (e != START_ELEMENT) {
        continue;
      }
      if (c.is(TABLE, "table-cell")) {
        int repeated = c.count(TABLE, "number-columns-repeated", MAX_REPEAT);
        int columns = c.count(TABLE, "number-columns-spanned", SpanGrid.MAX_SPAN);
        int rows = c.count(TABLE, "number-rows-spanned", SpanGrid.MAX_SPAN);
        OdtCell cell = new OdtCell(content(c), columns, rows);
        for (int i = 0; i < repeated; i++) {
          cells.add(cell);
        }
      } else {
        c.skip();
      }
    }
    return cells;
  }

  /** The text of a paragraph up to its end; its text boxes' paragraphs go to {@code boxes}, its pictures' hrefs to {@code pictures}. */
  private static String runs(Cursor c, List<String> boxes, List<String> pictures) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    for (int level = 0; ; ) {
      int e = c.next();
      if (e == END_ELEMENT) {
        if (level-- == 0) {
          // The XML's white space at a paragraph's ends is not shown; a space character printed there (U+2002…) is.
          return text.toString().trim();
        }
      } else if (e == START_ELEMENT) {
        if (c.is(TEXT, "s")) {
          text.append(" ".repeat(c.count(TEXT, "c", MAX_REPEAT)));
          c.skip();
        } else if (c.is(TEXT, "tab")) {
          text.append('\t');
          c.skip();
        } else if (c.is(TEXT, "line-break")) {
          text.append('\n');
          c.skip();
        } else if (c.is(TEXT, "p") || c.is(TEXT, "h")) {
          // A paragraph in a paragraph is a text box's or a shape's: a paragraph of its own, after this one.
          int slot = boxes.size();
          boxes.add(null);
          boxes.set(slot, runs(c, boxes, pictures));
        } else if (c.is(DRAW, "image")) {
          String href = c.xml.getAttributeValue(XLINK, "href");
          if (href != null) {
            pictures.add(href);
          }
          c.skip();
        } else if (c.hidden()) {
          c.skip();
        } else {
          level++;
        }
      } else if (e == CHARACTERS || e == CDATA || e == SPACE) {
        XMLStreamReader x = c.xml;
        text.append(WHITE_SPACE.matcher(new String(x.getTextCharacters(), x.getTextStart(), x.getTextLength())).replaceAll(" "));
      }
    }
  }

  /** A table cell's text as shown, its paragraphs a line each; the cursor is moved to the cell's end. */
  static String cellText(Cursor c) throws XMLStreamException {
    return new OdtCell(content(c), 1, 1).text();
  }

  /** The parser in an OpenDocument's content, which tells its elements by namespace and name. */
  static final class Cursor extends XmlCursor {

    Cursor(XMLStreamReader xml) {
      super(xml);
    }

    boolean is(String namespace, String name) {
      return name.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    @Override
    boolean hidden() {
      String ns = xml.getNamespaceURI();
      String name = xml.getLocalName();
      return TEXT.equals(ns) ? HIDDEN_TEXT.contains(name) : TABLE.equals(ns) ? HIDDEN_TABLE.contains(name)
          : OFFICE.equals(ns) ? HIDDEN_OFFICE.contains(name) : SVG.equals(ns);
    }

    /** A count attribute of the current element, 1 when absent or not a count, at most {@code max}. */
    int count(String namespace, String attribute, int max) {
      String v = xml.getAttributeValue(namespace, attribute);
      if (v == null) {
        return 1;
      }
      try {
        return v.strip().length() > 9 ? max : Math.max(1, Math.min(Integer.parseInt(v.strip()), max));
      } catch (NumberFormatException e) {
        return 1;
      }
    }
  }
}
