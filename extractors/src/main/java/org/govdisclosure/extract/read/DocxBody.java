package org.govdisclosure.extract.read;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.read.BodyContent.BodyCell;
import org.govdisclosure.extract.read.BodyContent.BodyTable;
import org.govdisclosure.extract.read.BodyContent.Item;
import org.govdisclosure.extract.read.BodyContent.Para;

/**
 * The body of a Word document's main part read in one streaming (StAX) pass: paragraphs and tables in document
 * order, the text as Word shows it with tracked changes accepted (deleted and moved-away runs dropped, inserted ones
 * kept). Content controls, hyperlinks, fields, smart tags and other wrappers are read through; text boxes give a
 * paragraph each after the paragraph they are anchored in. Merged cells (gridSpan, vMerge) are laid out by
 * {@link SpanGrid}; a table that holds tables lays out the page and gives its cells' content instead.
 */
final class DocxBody {

  /** The transitional and strict namespaces, and Word 2003 XML's ({@link WordXml}), whose body has the same elements. */
  private static final Set<String> WORD = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "http://purl.oclc.org/ooxml/wordprocessingml/main", "http://schemas.microsoft.com/office/word/2003/wordml");
  private static final Set<String> RELATIONSHIPS = Set.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "http://purl.oclc.org/ooxml/officeDocument/relationships");
  private static final String COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /**
   * Word elements whose content is not shown as text: properties, tracked deletions and moves away, field codes,
   * ruby guides.
   */
  private static final Set<String> HIDDEN = Set.of("pPr", "rPr", "sectPr", "tblPr", "tblGrid", "tblPrEx", "trPr", "tcPr",
      "sdtPr", "sdtEndPr", "customXmlPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "rt");
  /** Values of an on/off property that turn it off. */
  private static final Set<String> OFF = Set.of("false", "0", "off");
  /** Run elements shown as a character. */
  private static final Map<String, Character> MARKS = Map.of("tab", '\t', "ptab", '\t', "br", '\n', "cr", '\n', "noBreakHyphen", '\u2011');

  /**
   * The JDK's own parser (not whichever StAX implementation the classpath brings), with no DTD and no external
   * entity. Configured once: it makes a new parser for each reader, so threads may share it.
   */
  private static final XMLInputFactory XML = JdkStax.hardened(false);

  private DocxBody() {}

  static XMLStreamReader parser(InputStream in) throws XMLStreamException {
    return XML.createXMLStreamReader(in);
  }

  /** A parser of XML already decoded to characters (its declared encoding is not used). */
  static XMLStreamReader parser(Reader in) throws XMLStreamException {
    return XML.createXMLStreamReader(in);
  }

  /**
   * The blocks of the main part's body, each picture's blocks ({@code pictured} of its relationship id) after its
   * paragraph, or after its table when a table's cell shows it.
   */
  static List<Block> read(InputStream mainPart, Function<String, List<Block>> pictured) throws XMLStreamException {
    return read(parser(mainPart), pictured);
  }

  /** The blocks of the first Word body {@code xml} holds, as {@link #read(InputStream, Function)} reads them. */
  static List<Block> read(XMLStreamReader xml, Function<String, List<Block>> pictured) throws XMLStreamException {
    Cursor c = new Cursor(xml);
    try {
      List<Block> blocks = new ArrayList<>();
      while (c.xml.hasNext()) {
        if (c.next() == START_ELEMENT && "body".equals(c.word())) {
          BodyContent.addBlocks(content(c, null), blocks, pictured);
          break;
        }
      }
      return blocks;
    } finally {
      c.xml.close();
    }
  }

  /** A table as read: its cells merge across by gridSpan and down by vMerge. */
  private record WordTable(List<List<WordCell>> rows) implements BodyTable {

    @Override
    public Table layOut() {
      List<List<SpanGrid.WordCell>> grid = new ArrayList<>(rows.size());
      for (List<WordCell> row : rows) {
        List<SpanGrid.WordCell> cells = new ArrayList<>(row.size());
        int col = 0;
        for (WordCell cell : row) {
          cells.add(new SpanGrid.WordCell(cell.text(), col, cell.span(), cell.continues()));
          col += cell.span();
        }
        grid.add(cells);
      }
      return SpanGrid.ofWordRows(grid);
    }
  }

  /** A cell's content, the grid columns it spans and whether it continues the vertical merge of the cell above. */
  private record WordCell(List<Item> items, int span, boolean continues) implements BodyCell {}

  /** The properties of a cell that place it on the grid. */
  private static final class CellProps {
    int span = 1;
    boolean continues;

    /** Reads a w:tcPr: its own gridSpan and vMerge (not those of a tracked property change inside it). */
    void read(Cursor c) throws XMLStreamException {
      for (int e = c.next(); e != END_ELEMENT; e = c.next()) {
        if (e == START_ELEMENT) {
          String w = c.word();
          if ("gridSpan".equals(w)) {
            span = span(c.val());
          } else if ("vMerge".equals(w) || "vmerge".equals(w)) { // vmerge: Word 2003 XML
            // A vMerge without a value continues the merge, like val="continue".
            continues = c.val() == null || "continue".equals(c.val());
          }
          c.skip();
        }
      }
    }

    private static int span(String val) {
      try {
        return val.length() > 9 ? SpanGrid.MAX_SPAN : SpanGrid.clamp(Integer.parseInt(val.strip()));
      } catch (NumberFormatException | NullPointerException e) {
        return 1;
      }
    }
  }

  /**
   * The paragraphs and tables up to the end of the current element, wrappers (content controls, tracked insertions,
   * custom XML) read through; a cell's own properties go to {@code cell}.
   */
  private static List<Item> content(Cursor c, CellProps cell) throws XMLStreamException {
    List<Item> items = new ArrayList<>();
    for (int top = c.depth(); c.nextWithin(top); ) {
      String w = c.word();
      if ("p".equals(w)) {
        List<String> boxes = new ArrayList<>(0);
        List<String> pictures = new ArrayList<>(0);
        items.add(new Para(runs(c, boxes, pictures), boxes, pictures));
      } else if ("tbl".equals(w)) {
        items.add(table(c));
      } else if (cell != null && c.standsIn(top) && "tcPr".equals(w)) {
        cell.read(c);
      } else {
        c.readThrough();
      }
    }
    return items;
  }

  private static WordTable table(Cursor c) throws XMLStreamException {
    List<List<WordCell>> rows = new ArrayList<>();
    for (int top = c.depth(); c.nextWithin(top); ) {
      String w = c.word();
      if ("tr".equals(w)) {
        rows.add(new ArrayList<>()); // its cells are walked next
      } else if ("tc".equals(w) && !rows.isEmpty()) {
        CellProps props = new CellProps();
        List<Item> items = content(c, props);
        rows.get(rows.size() - 1).add(new WordCell(items, props.span, props.continues));
      } else {
        c.readThrough();
      }
    }
    return new WordTable(rows);
  }

  /**
   * The text of the runs up to the end of the current element (a paragraph). The paragraphs of its text boxes are
   * added to {@code boxes} in the order they start, those of a box inside a box after it; the relationship ids of
   * its pictures to {@code pictures}.
   */
  private static String runs(Cursor c, List<String> boxes, List<String> pictures) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    boolean inText = false;
    boolean caps = false;
    for (int level = 0; ; ) {
      int e = c.next();
      if (e == END_ELEMENT) {
        inText = false;
        if (level-- == 0) {
          return text.toString();
        }
      } else if (e == START_ELEMENT) {
        String w = c.word();
        String picture = w == null ? c.picture() : null;
        if (picture != null) {
          pictures.add(picture);
        }
        if ("rPr".equals(w)) {
          caps = capitals(c);
        } else if ("txbxContent".equals(w)) {
          textBox(c, boxes, pictures);
        } else if (c.hidden()) {
          c.skip();
        } else {
          level++;
          inText = "t".equals(w);
          caps &= !"r".equals(w);
          Character mark = w == null ? null : MARKS.get(w);
          if (mark != null) {
            text.append(mark.charValue());
          }
        }
      } else if (inText && (e == CHARACTERS || e == CDATA || e == SPACE)) {
        XMLStreamReader x = c.xml;
        if (caps) {
          text.append(new String(x.getTextCharacters(), x.getTextStart(), x.getTextLength()).toUpperCase(Locale.ROOT));
        } else {
          text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
        }
      }
    }
  }

  /** Whether a run's properties (w:rPr) show its letters as capitals (w:caps, w:smallCaps not turned off). */
  private static boolean capitals(Cursor c) throws XMLStreamException {
    boolean caps = false;
    for (int e = c.next(); e != END_ELEMENT; e = c.next()) {
      if (e == START_ELEMENT) {
        String w = c.word();
        if ("caps".equals(w) || "smallCaps".equals(w)) {
          caps |= c.val() == null || !OFF.contains(c.val());
        }
        c.skip();
      }
    }
    return caps;
  }

  /** The paragraphs of a text box (w:txbxContent), those in its tables included. */
  private static void textBox(Cursor c, List<String> boxes, List<String> pictures) throws XMLStreamException {
    for (int top = c.depth(); c.nextWithin(top); ) {
      if ("p".equals(c.word())) {
        int slot = boxes.size();
        boxes.add(null);
        boxes.set(slot, runs(c, boxes, pictures));
      } else {
        c.readThrough();
      }
    }
  }

  /** The parser in a Word body, which tells Word's elements. */
  private static final class Cursor extends XmlCursor {

    Cursor(XMLStreamReader xml) {
      super(xml);
    }

    /** The current element's name if it is Word's, else null. */
    String word() {
      String namespace = xml.getNamespaceURI(); // none for the unqualified parts a flat OPC package may hold
      return namespace != null && WORD.contains(namespace) ? xml.getLocalName() : null;
    }

    /**
     * Whether the current element's content is not shown as text: {@link #HIDDEN}, or the copy of a drawing that
     * Word writes for old readers (mc:Fallback), whose text boxes mc:Choice already holds.
     */
    @Override
    boolean hidden() {
      String w = word();
      return w != null ? HIDDEN.contains(w) : COMPATIBILITY.equals(xml.getNamespaceURI()) && "Fallback".equals(xml.getLocalName());
    }

    /**
     * The relationship id of the picture the current element shows (DrawingML's a:blip, VML's v:imagedata), else
     * null; in Word 2003 XML, which has no relationships, v:imagedata's {@code src} (the name of its w:binData).
     */
    String picture() {
      String name = xml.getLocalName();
      if (!"blip".equals(name) && !"imagedata".equals(name)) {
        return null;
      }
      String src = null;
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        String attribute = xml.getAttributeLocalName(i);
        String namespace = xml.getAttributeNamespace(i);
        if (namespace == null || namespace.isEmpty()) {
          src = "src".equals(attribute) ? xml.getAttributeValue(i) : src;
        } else if (RELATIONSHIPS.contains(namespace) && ("embed".equals(attribute) || "id".equals(attribute))) {
          return xml.getAttributeValue(i);
        }
      }
      return src;
    }

    /** The current element's w:val. */
    String val() {
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        if ("val".equals(xml.getAttributeLocalName(i))) {
          return xml.getAttributeValue(i);
        }
      }
      return null;
    }

  }
}
