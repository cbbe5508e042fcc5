package org.govdisclosure.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word (DOCX) file with Apache POI: body paragraphs and tables in document order. Merged cells (gridSpan,
 * vMerge) are laid out on a full grid by {@link SpanGrid}, as {@link HtmlReader} does with rowspan/colspan; a table
 * that holds tables lays out the page and gives its cells' content instead. Text in content controls and text
 * boxes is kept; tracked deletions and moved-away text are not.
 */
public final class DocxReader {

  /** Run containers whose text the document no longer shows once its tracked changes are accepted. */
  private static final Set<String> REMOVED_RUNS = Set.of("del", "moveFrom");
  private static final String TEXT_BOXES =
      "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:txbxContent/w:p";
  /** Word writes each text box twice: as DrawingML and, inside mc:Fallback, as VML for old readers. */
  private static final String FALLBACK = "Fallback";

  public ReadResult read(byte[] bytes) {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<Block> blocks = new ArrayList<>();
      body(docx.getBodyElements(), blocks);
      return ReadResult.ok(new Document("docx", null, blocks));
    } catch (IOException | RuntimeException e) {
      // POI reports damage with a variety of runtime exceptions; any of them means the file cannot be read.
      return ReadResult.failed("corrupt", "damaged ZIP/DOCX file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /**
   * Body elements in document order. A table that holds tables lays out the page and gives its cells' content
   * instead; such tables are followed with a stack of open element lists rather than by recursion, as a file may
   * nest them as deep as its author likes.
   */
  private static void body(List<IBodyElement> elements, List<Block> out) {
    Deque<Iterator<IBodyElement>> open = new ArrayDeque<>();
    open.push(elements.iterator());
    while (!open.isEmpty()) {
      Iterator<IBodyElement> next = open.peek();
      if (!next.hasNext()) {
        open.pop();
        continue;
      }
      IBodyElement e = next.next();
      if (e instanceof XWPFParagraph p) {
        addParagraph(text(p), out);
        textBoxes(p).forEach(box -> addParagraph(box, out));
      } else if (e instanceof XWPFTable t && holdsTables(t)) {
        open.push(t.getRows().stream().flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getBodyElements().stream()).iterator());
      } else if (e instanceof XWPFTable t) {
        out.add(table(t));
      } else if (e instanceof XWPFSDT sdt) {
        sdt.getContent().getText().lines().forEach(line -> addParagraph(line, out));
      }
    }
  }

  private static boolean holdsTables(XWPFTable t) {
    return t.getRows().stream().flatMap(r -> r.getTableCells().stream()).anyMatch(c -> !c.getTables().isEmpty());
  }

  private static void addParagraph(String text, List<Block> out) {
    if (!Cell.Text.fold(text).isEmpty()) {
      out.add(new Paragraph(text.strip()));
    }
  }

  private static Table table(XWPFTable t) {
    List<XWPFTableRow> rows = t.getRows();
    List<List<SpanGrid.WordCell>> grid = new ArrayList<>();
    for (XWPFTableRow row : rows) {
      grid.add(wordCells(row));
    }
    return SpanGrid.ofWordRows(grid);
  }

  /** A row's cells with the grid column each starts in, its gridSpan and whether it continues a vMerge. */
  private static List<SpanGrid.WordCell> wordCells(XWPFTableRow row) {
    List<SpanGrid.WordCell> cells = new ArrayList<>();
    int col = 0;
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr pr = cell.getCTTc().getTcPr();
      BigInteger gridSpan = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal() : null;
      int span = SpanGrid.clamp(gridSpan == null ? 1 : gridSpan.intValue());
      // A vMerge without a value continues the merge, like val="continue".
      boolean continues = pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
      cells.add(new SpanGrid.WordCell(cellText(cell), col, span, continues));
      col += span;
    }
    return cells;
  }

  private static String cellText(XWPFTableCell cell) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement e : cell.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        lines.add(text(p));
        lines.addAll(textBoxes(p));
      } else if (e instanceof XWPFSDT sdt) {
        lines.add(sdt.getContent().getText());
      }
    }
    return String.join("\n", lines).strip();
  }

  /** A paragraph's text as shown with its tracked changes accepted. */
  private static String text(XWPFParagraph p) {
    StringBuilder b = new StringBuilder();
    for (IRunElement run : p.getIRuns()) {
      if (run instanceof XWPFRun r && !isRemoved(r)) {
        b.append(r.text());
      } else if (run instanceof XWPFSDT sdt) {
        b.append(sdt.getContent().getText());
      }
    }
    return b.toString();
  }

  private static boolean isRemoved(XWPFRun r) {
    try (XmlCursor c = r.getCTR().newCursor()) {
      return c.toParent() && REMOVED_RUNS.contains(c.getName().getLocalPart());
    }
  }

  /** The paragraphs of the text boxes anchored in a paragraph. */
  private static List<String> textBoxes(XWPFParagraph p) {
    List<String> boxes = new ArrayList<>();
    try (XmlCursor c = p.getCTP().newCursor()) {
      c.selectPath(TEXT_BOXES);
      while (c.toNextSelection()) {
        if (!insideFallback(c)) {
          boxes.add(c.getTextValue());
        }
      }
    }
    return boxes;
  }

  private static boolean insideFallback(XmlCursor at) {
    try (XmlCursor c = at.newCursor()) {
      while (c.toParent()) {
        if (c.getName() != null && FALLBACK.equals(c.getName().getLocalPart())) {
          return true;
        }
      }
      return false;
    }
  }
}
