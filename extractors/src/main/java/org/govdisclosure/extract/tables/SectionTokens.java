package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.value.CellKind;

/**
 * What a reader produced for a section, as one sequence of text and value tokens in reading order, whatever the
 * layout: grid cells become one token each; lines of text are cut at spaces and into text and runs of digits (a
 * run may hold several glued cells). Page furniture is dropped: page footers ({@code — 4 —}, {@code 第4页}) and grid rows that
 * repeat the column header.
 */
final class SectionTokens {

  /** A piece of label text, or a value: a grid cell, or a run of digits read from text. */
  record Token(String text, Cell value, boolean fromText) {

    boolean isValue() {
      return value != null;
    }
  }

  private static final Pattern FOOTER = Pattern.compile("^(?:[-—–－]+\\d{1,3}[-—–－]+|第\\d{1,3}页(?:共\\d{1,3}页)?|\\d{1,3}/\\d{1,3})$");
  /**
   * A run of digits in text, with what follows it: an ordinal mark after a single last digit ({@code 00000001.属于})
   * makes that digit the next label's ordinal; a counter word or a date unit makes the number part of a sentence.
   */
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u3000]+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  private static final String ORDINAL_MARKS = ".．、";
  private static final String NOT_A_CELL = "件条项个次人例宗份家起年月日号%‰万元";
  /** A header row names columns and carries no value: this many label cells and no value cell. */
  private static final int MIN_HEADER_CELLS = 3;

  private SectionTokens() {}

  /** @param header the words of the section's column header, whose lines repeat after a page break */
  static List<Token> of(List<Block> blocks, List<String> header) {
    List<Token> tokens = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Table t) {
        for (Row r : t.rows()) {
          addRow(r, tokens);
        }
      } else if (block instanceof Paragraph p && !FOOTER.matcher(p.text()).matches()) {
        List<String> pieces = SPACES.splitAsStream(p.raw().strip()).map(Cell.Text::fold).toList();
        if (pieces.size() < 2 || !header.containsAll(pieces)) {
          pieces.forEach(piece -> addText(piece, tokens));
        }
      }
    }
    return tokens;
  }

  private static void addRow(Row row, List<Token> tokens) {
    int labels = 0;
    int values = 0;
    for (Cell c : row.cells()) {
      CellKind kind = CellKind.of(c.text());
      labels += kind == CellKind.LABEL ? 1 : 0;
      values += kind == CellKind.NUMBER || kind == CellKind.MARKER ? 1 : 0;
    }
    if (values == 0 && labels >= MIN_HEADER_CELLS) {
      return; // the column header, or its repetition after a page break
    }
    for (Cell c : row.cells()) {
      if (FOOTER.matcher(c.text()).matches()) {
        continue;
      }
      if (CellKind.of(c.text()) != CellKind.LABEL) {
        tokens.add(new Token(c.text(), c, false));
      } else if (HAS_DIGIT.matcher(c.text()).find()) {
        addText(c.text(), tokens); // a cell that holds a value glued to the next label: 0（七）总计
      } else {
        tokens.add(new Token(c.text(), null, false));
      }
    }
  }

  /** Text cut into label pieces and digit runs; a run followed by a counter or date word stays text. */
  private static void addText(String text, List<Token> tokens) {
    Matcher m = DIGITS.matcher(text);
    int from = 0;
    while (m.find()) {
      int end = m.end();
      char next = end < text.length() ? text.charAt(end) : ' ';
      int runEnd = end;
      if (ORDINAL_MARKS.indexOf(next) >= 0 && (end + 1 == text.length() || !Character.isDigit(text.charAt(end + 1)))) {
        runEnd = end - 1; // the last digit is the next label's ordinal
      }
      if (runEnd <= m.start() || NOT_A_CELL.indexOf(next) >= 0 || precededByDecimalPoint(text, m.start())) {
        continue;
      }
      addLabel(text.substring(from, m.start()), tokens);
      String run = text.substring(m.start(), runEnd);
      tokens.add(new Token(run, new Cell(run), true));
      from = runEnd;
    }
    addLabel(text.substring(from), tokens);
  }

  private static boolean precededByDecimalPoint(String text, int at) {
    return at >= 2 && text.charAt(at - 1) == '.' && Character.isDigit(text.charAt(at - 2));
  }

  private static void addLabel(String text, List<Token> tokens) {
    if (!text.isEmpty()) {
      tokens.add(new Token(text, null, true));
    }
  }
}
