package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;

/**
 * What a word processor's body, a table cell or a text box holds, as {@link DocxBody} and {@link OdtBody} stream it:
 * paragraphs and tables in order, made into the document's blocks the same way whichever format they came from. Each
 * format keeps only how its cells are merged ({@link BodyTable#layOut}).
 */
final class BodyContent {

  private BodyContent() {}

  /** A paragraph or a table. */
  sealed interface Item permits Para, BodyTable {}

  /** A paragraph's text, the paragraphs of the text boxes anchored in it and the references of the pictures it shows. */
  record Para(String text, List<String> boxes, List<String> pictures) implements Item {}

  /** A table cell's content. */
  interface BodyCell {
    List<Item> items();

    /** Its paragraphs (text boxes included) a line each. */
    default String text() {
      List<String> lines = new ArrayList<>();
      for (Item item : items()) {
        if (item instanceof Para p) {
          lines.add(p.text());
          lines.addAll(p.boxes());
        }
      }
      return String.join("\n", lines).strip();
    }
  }

  /** A table as read, before it is known whether it holds tables. */
  non-sealed interface BodyTable extends Item {
    List<? extends List<? extends BodyCell>> rows();

    /** The table on its grid, its merged cells laid out as the format merges them. */
    Table layOut();

    default boolean holdsTables() {
      return rows().stream().flatMap(List::stream).flatMap(c -> c.items().stream()).anyMatch(BodyTable.class::isInstance);
    }
  }

  /**
   * Paragraphs and tables as blocks, a table that holds tables (a page laid out by a table) replaced by its cells'
   * content; {@code pictured} gives the blocks of a picture by its reference.
   */
  static void addBlocks(List<Item> items, List<Block> out, Function<String, List<Block>> pictured) {
    for (Item item : items) {
      if (item instanceof Para p) {
        addParagraph(p.text(), out);
        p.boxes().forEach(box -> addParagraph(box, out));
        p.pictures().forEach(ref -> out.addAll(pictured.apply(ref)));
      } else if (item instanceof BodyTable t && t.holdsTables()) {
        // Recursion as deep as the tables nest, which the readers' depth caps bound.
        for (List<? extends BodyCell> row : t.rows()) {
          for (BodyCell cell : row) {
            addBlocks(cell.items(), out, pictured);
          }
        }
      } else if (item instanceof BodyTable t) {
        out.add(t.layOut());
        // A picture in a cell (a table framing the picture of a table) is read after the table that frames it.
        t.rows().stream().flatMap(List::stream).flatMap(cell -> cell.items().stream())
            .filter(Para.class::isInstance).map(Para.class::cast).flatMap(p -> p.pictures().stream())
            .forEach(ref -> out.addAll(pictured.apply(ref)));
      }
    }
  }

  private static void addParagraph(String text, List<Block> out) {
    if (!Cell.Text.fold(text).isEmpty()) {
      out.add(new Paragraph(text.strip()));
    }
  }
}
