package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.value.CellKind;

/**
 * Reads one page image into lines, top to bottom, as the PDF reader lays out a text layer: a ruled table's rows
 * with one entry per grid position (a merged cell's text in its top-left position, empty entries where it spans,
 * as a Word text export shows it); any other line split into cells where a gap wider than its height shows a
 * column. Each cell and each line is read by the recognizer on its own, with the rulings erased, so a border is
 * never read as a digit and no text from a neighbouring cell runs into a number.
 */
final class PageText {

  /** A gap between two pieces of one line wider than this many line heights separates cells (text runs closer). */
  private static final double CELL_GAP_HEIGHTS = 1.2;
  /**
   * Blank columns this share of a line's height wide through every row of a table without rulings part its columns
   * (glyphs of a label are set far closer); a table has at least this many rows of at least this many pieces.
   */
  private static final double RIVER_HEIGHTS = 0.5;
  private static final int MIN_TABLE_ROWS = 3;
  private static final int MIN_TABLE_PIECES = 3;
  /** A label wrapped in its column of a table without rulings runs over at most this many lines below its row's. */
  private static final int MAX_WRAPPED_LINES = 4;
  /**
   * A band of ink lower than this share of a line's height, or with fewer pixels than {@link #MIN_INK_PIXELS}, is a
   * speck of dirt or noise, not text. A share of the width, never of the height: a picture may stack several pages,
   * and a line of digits alone (the rest of a number wrapped in its column) is lower than a line of characters.
   */
  private static final int MIN_LINE_HEIGHT_SHARE = 5;
  private static final int MIN_INK_PIXELS = 12;
  /** Ink rows spanning at most this many line heights belong to one line. */
  private static final double MERGED_LINE_HEIGHTS = 1.4;
  /** The confidence given a box left blank because it holds two numbers; the warning names what it held. */
  static final float DOUBT = 0;
  /** How the readings of a doubted piece are joined in the warning. */
  private static final String READINGS = " / ";
  /** A count misread as characters is read as at most this many ({@code 了}, {@code 了7}, {@code 33.}). */
  private static final int MAX_MISREAD_COUNT = 3;
  /** Dust beside a heading is read as at most this many characters ({@code 四}, {@code 站 下}). */
  private static final int MAX_DIRT_CHARACTERS = 2;
  /** A rule outside the rulings found is at least this many line heights long (see {@link #rule}). */
  private static final int RULE_HEIGHTS = 4;
  /**
   * A header printing its titles a character or two a line runs over at least this many line heights, its lines
   * at most {@link #STACK_GAP_HEIGHTS} apart: a line of one character's pitch, or two where a 一 between them is too
   * low for a line of its own.
   */
  private static final int MIN_STACK = 3;
  private static final double STACK_GAP_HEIGHTS = 2.5;
  /** A title wrapped in a narrow column prints at most this many characters a line ({@link #readColumnWise}). */
  private static final int STACKED_CHARACTERS = 2;
  /** White margin put around a piece before it is read: recognizers expect text not to touch the edge. */
  private static final int PAD = 8;

  /**
   * A line of the page: its cells, where it is, the pieces read, and for a row of a ruled table, which table of the
   * page (else -1) and its height.
   */
  record Line(List<String> cells, int top, int left, int right, int table, List<Recognizer.Read> reads, int height) {

    boolean ruled() {
      return table >= 0;
    }

    /**
     * Whether the two rows are drawn alike, as a header row repeated on the next page is: as high, across as many
     * columns (a scan may lose or add a short border inside a header, so the cells' edges are not compared).
     */
    boolean shapedLike(Line o, int tolerance) {
      return cells.size() == o.cells.size() && Math.abs(height - o.height) <= tolerance;
    }
  }

  private final Recognizer recognizer;
  /** The digits of the document read so far: its pages print counts in one type. */
  private final DigitShapes shapes;

  PageText(Recognizer recognizer) {
    this(recognizer, new DigitShapes());
  }

  /** Reads pages with {@code shapes}, the digits learnt from the document's pages or pictures read before. */
  PageText(Recognizer recognizer, DigitShapes shapes) {
    this.recognizer = recognizer;
    this.shapes = shapes;
  }

  List<Line> read(BufferedImage image) {
    Ink page = Ink.of(image);
    Rulings rulings = Rulings.of(page);
    page.clearSpecks(rulings.erased);
    Blots.clear(page, rulings.erased);
    List<Grid> grids = Grid.of(rulings);
    boolean[] outside = new boolean[page.ink.length];
    for (int i = 0; i < outside.length; i++) {
      outside[i] = page.ink[i] && !rulings.erased[i];
    }
    for (Grid g : grids) {
      for (int y = Math.max(0, g.y0()); y <= Math.min(page.height - 1, g.y1()); y++) {
        for (int x = Math.max(0, g.x0()); x <= Math.min(page.width - 1, g.x1()); x++) {
          outside[y * page.width + x] = false;
        }
      }
    }
    List<Line> lines = new ArrayList<>(freeLines(page, rulings, outside));
    for (int t = 0; t < grids.size(); t++) {
      lines.addAll(rows(page, rulings, grids.get(t), t));
    }
    // Stable: a free line placed at a row's top goes before it.
    lines.sort(Comparator.comparingInt(line -> line.ruled() ? line.top() : placed(line, grids)));
    return lines;
  }

  /**
   * Where a free line goes among the rows: level with a row of a grid to its right (its middle within the row), it is
   * that row's label, the grid's left border or label column lost: it goes before the row's counts, not after them
   * as its ink's top, under the row's top border, would put it.
   */
  private static int placed(Line line, List<Grid> grids) {
    int middle = line.top() + line.height() / 2;
    for (Grid g : grids) {
      if (line.right() < g.x0() && middle >= g.y0() && middle < g.y1()) {
        int r = 0;
        while (g.ys[r + 1] <= middle) {
          r++;
        }
        return g.ys[r];
      }
    }
    return line.top();
  }

  private List<Line> rows(Ink page, Rulings rulings, Grid grid, int table) {
    int rowCount = grid.ys.length - 1;
    int colCount = grid.xs.length - 1;
    Recognizer.Read[][] read = new Recognizer.Read[rowCount][colCount];
    boolean[][] single = new boolean[rowCount][colCount]; // a reading of one grid position
    int[][] rightEdge = new int[rowCount][colCount]; // where the box read at a position of one row ends across, else 0
    for (Grid.Cell c : grid.cells) {
      Recognizer.Read[] counts = c.top() == c.bottom() && c.left() < c.right() ? countsApart(page, rulings, grid, c) : null;
      if (counts != null) {
        System.arraycopy(counts, 0, read[c.top()], c.left(), counts.length);
        Arrays.fill(single[c.top()], c.left(), c.right() + 1, true);
      } else {
        read[c.top()][c.left()] = readBox(page, rulings, grid.xs[c.left()], grid.ys[c.top()], grid.xs[c.right() + 1], grid.ys[c.bottom() + 1]);
        single[c.top()][c.left()] = c.top() == c.bottom() && c.left() == c.right();
      }
      if (c.top() == c.bottom()) {
        for (int k = c.left(); k <= c.right(); k++) {
          rightEdge[c.top()][k] = grid.xs[counts != null ? k + 1 : c.right() + 1];
        }
      }
    }
    for (int r = 0; r < rowCount; r++) {
      for (int c = 0; c < colCount; c++) {
        if (single[r][c] && read[r][c] != null) {
          learn(page, rulings, new int[] {grid.xs[c], grid.ys[r], grid.xs[c + 1], grid.ys[r + 1]}, read[r][c]);
        }
      }
    }
    for (int r = 0; r < rowCount; r++) {
      for (int c = 0; c < colCount; c++) {
        int[] box = {grid.xs[c], grid.ys[r], rightEdge[r][c] > 0 ? rightEdge[r][c] : grid.xs[c + 1], grid.ys[r + 1]};
        if ((single[r][c] || rightEdge[r][c] > 0 && countBefore(read, r, c)) && misreadCount(read, r, c)) {
          // A box one row high across several columns right of a count is no merged label but a count whose border
          // the scan lost or a blot drew ({@code 17和}): read again as a count like a cell of one position.
          read[r][c] = asCount(page, rulings, read[r][c], box);
        } else if (single[r][c] && unsureShort(read[r][c]) && countsInRow(read, r, c) >= 2
            && dashIn(page, rulings.erased, box)) {
          // A dash the engine misread unsure where no count stands before it nor above it (the first cell of section
          // 四's one row of counts): the mark it shows, which keeps the row's counts in their columns.
          read[r][c] = new Recognizer.Read(Dashes.DASH, DigitShapes.CONFIDENCE);
        } else if (single[r][c] && read[r][c] == null && amongCounts(read, r, c)) {
          // Ink the engine read as nothing where a count stands (a thin 1): read again as digits, else left blank.
          Recognizer.Read again = asCount(page, rulings, new Recognizer.Read("", DOUBT), box);
          read[r][c] = again.confidence() == DOUBT ? null : again;
        }
      }
    }
    for (int c = 0; c < colCount; c++) {
      withoutLabelDigits(read, single, c);
    }
    List<Line> out = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      List<Recognizer.Read> reads = Arrays.stream(read[r]).filter(x -> x != null).toList();
      out.add(new Line(texts(Arrays.asList(read[r])), grid.ys[r], grid.x0(), grid.x1(), table, reads, grid.ys[r + 1] - grid.ys[r]));
    }
    return out;
  }

  /**
   * The cells of a box spanning several columns of one row read one column at a time, when the borders between them
   * were lost (light or broken rulings of a small picture or a JPEG, drawn in other rows): no ink crosses where the
   * columns part, at least two parts hold a count or a mark of none, or one beside a label in the first, and no other
   * part holds words (a short misreading is read again as a count, see {@link #misreadCount}). Else null: the box is
   * one merged cell (a header over several columns).
   */
  private Recognizer.Read[] countsApart(Ink page, Rulings rulings, Grid grid, Grid.Cell c) {
    int y0 = grid.ys[c.top()];
    int y1 = grid.ys[c.bottom() + 1];
    int n = c.right() - c.left() + 1;
    int[] from = new int[n]; // each part's box across, between the blank columns either side of a lost border
    int[] to = new int[n];
    from[0] = grid.xs[c.left()];
    to[n - 1] = grid.xs[c.right() + 1];
    for (int k = 1; k < n; k++) {
      int x = grid.xs[c.left() + k];
      to[k - 1] = blankColumn(page, rulings.erased, x, -1, y0 + 1, y1);
      from[k] = blankColumn(page, rulings.erased, x, 1, y0 + 1, y1);
      if (to[k - 1] < 0 || from[k] < 0) {
        return null;
      }
    }
    Recognizer.Read[] parts = new Recognizer.Read[n];
    int counts = 0;
    boolean label = false;
    for (int k = 0; k < n; k++) {
      parts[k] = readBox(page, rulings, from[k], y0, to[k], y1);
      if (parts[k] != null && parts[k].confidence() != DOUBT) {
        String text = Cell.Text.fold(parts[k].text());
        if (isNumber(text) || CellKind.isMarker(text)) {
          counts++;
        } else if (k == 0 && !misreadShort(parts[k])) {
          label = true;
        } else if (!misreadShort(parts[k])) {
          return null;
        }
      }
    }
    return counts >= (label ? 1 : 2) ? parts : null;
  }

  /**
   * The first column of pixels without ink from {@code y0} to {@code y1}, going from {@code x} in direction
   * {@code step} no further than a border's reach, or -1: a border the rulings missed is a line of ink between two such.
   */
  private static int blankColumn(Ink page, boolean[] erased, int x, int step, int y0, int y1) {
    for (int xx = x; Math.abs(xx - x) <= Rulings.TOUCH && xx >= 0 && xx < page.width; xx += step) {
      boolean ink = false;
      for (int y = Math.max(0, y0); y < Math.min(page.height, y1) && !ink; y++) {
        int i = y * page.width + xx;
        ink = page.ink[i] && !erased[i];
      }
      if (!ink) {
        return xx;
      }
    }
    return -1;
  }

  /**
   * The texts of a line's cells ({@code reads}, null for a cell without ink). A doubted cell (two numbers in one box, a
   * count no reading settles) is blank, but where it stands among counts (right of a cell read, in a line with counts
   * in two other cells) it is printed {@link CellKind#ILLEGIBLE}: the decoder drops a blank there as the place of a
   * merged cell and closes the gap, and every count right of it would be read one column to the left. A doubted label
   * (a line's first filled cell) stays blank.
   */
  private static List<String> texts(List<Recognizer.Read> reads) {
    long counts = reads.stream().filter(PageText::isCount).count();
    List<String> texts = new ArrayList<>(reads.size());
    boolean filledBefore = false;
    for (Recognizer.Read read : reads) {
      boolean doubt = read != null && read.confidence() == DOUBT;
      texts.add(read == null ? "" : !doubt ? read.text() : filledBefore && counts >= 2 ? CellKind.ILLEGIBLE : "");
      filledBefore |= read != null && !doubt && !read.text().isEmpty();
    }
    return texts;
  }

  /**
   * Whether a cell of one grid position holds a count the engine misread as a character ({@code 了} for 7) or
   * doubted: its reading is short and no number, not a marker such as {@code /}, and it stands where counts stand,
   * in a row holding counts in two other cells, and in a column holding counts in two other rows or right of a count
   * (a row's label stands left of its counts; a table that a page break cut, or section 四's, has one or two rows).
   */
  private static boolean misreadCount(Recognizer.Read[][] read, int row, int col) {
    Recognizer.Read cell = read[row][col];
    return cell != null && (cell.confidence() == DOUBT || misreadShort(cell)) && amongCounts(read, row, col);
  }

  /** Whether a cell stands where counts stand, as {@link #misreadCount} says. */
  private static boolean amongCounts(Recognizer.Read[][] read, int row, int col) {
    int inRow = countsInRow(read, row, col);
    boolean countBefore = countBefore(read, row, col);
    int inColumn = 0;
    for (int r = 0; r < read.length; r++) {
      inColumn += r != row && isCount(read[r][col]) ? 1 : 0;
    }
    return inRow >= 2 && (inColumn >= 2 || countBefore);
  }

  /**
   * Drops the digits glued to labels of column {@code col} ({@link LabelDigits}) in cells of one grid position with a
   * count right of them, where few of the column's labels have such digits: where most have, the border between the
   * labels and their first counts may be lost all down the table, and the digits a count.
   */
  private static void withoutLabelDigits(Recognizer.Read[][] read, boolean[][] single, int col) {
    int labels = 0;
    int glued = 0;
    for (int r = 0; r < read.length; r++) {
      if (isLabel(read[r][col])) {
        labels++;
        glued += LabelDigits.glued(read[r][col].text()) ? 1 : 0;
      }
    }
    if (glued == 0 || 2 * glued >= labels) {
      return;
    }
    for (int r = 0; r < read.length; r++) {
      Recognizer.Read cell = read[r][col];
      if (single[r][col] && isLabel(cell) && LabelDigits.glued(cell.text()) && countAfter(read, r, col)) {
        read[r][col] = new Recognizer.Read(LabelDigits.without(cell.text()), cell.confidence());
      }
    }
  }

  /** Whether a read is a label's: words, not a count nor a doubted piece. */
  private static boolean isLabel(Recognizer.Read read) {
    return read != null && read.confidence() != DOUBT && hanCount(read.text()) >= 2;
  }

  /** Whether a count stands right of position {@code col} in its row. */
  private static boolean countAfter(Recognizer.Read[][] read, int row, int col) {
    for (int c = col + 1; c < read[row].length; c++) {
      if (isCount(read[row][c])) {
        return true;
      }
    }
    return false;
  }

  /** The counts in the row of position {@code col}, its own left out. */
  private static int countsInRow(Recognizer.Read[][] read, int row, int col) {
    int counts = 0;
    for (int c = 0; c < read[row].length; c++) {
      counts += c != col && isCount(read[row][c]) ? 1 : 0;
    }
    return counts;
  }

  /** Whether the ink inside the ruled box is a dash ({@link Dashes}). */
  private static boolean dashIn(Ink page, boolean[] erased, int[] box) {
    int[] ink = inkBounds(page, erased, box[0] + 1, box[1] + 1, box[2], box[3]);
    return ink != null && Dashes.dash(page, erased, ink, box);
  }

  /** A short reading that is no number nor mark, of which the engine is unsure. */
  private static boolean unsureShort(Recognizer.Read read) {
    return read != null && read.confidence() < OcrPages.LOW_CONFIDENCE && misreadShort(read);
  }

  /** Whether a count stands left of position {@code col} in its row. */
  private static boolean countBefore(Recognizer.Read[][] read, int row, int col) {
    for (int c = 0; c < col; c++) {
      if (isCount(read[row][c])) {
        return true;
      }
    }
    return false;
  }

  /** A short reading that is no number nor mark: what a count misread as characters looks like. */
  private static boolean misreadShort(Recognizer.Read read) {
    return CellKind.of(Cell.Text.fold(read.text())) == CellKind.LABEL && read.text().length() <= MAX_MISREAD_COUNT;
  }

  /** Teaches {@link #shapes} the digits of a count or of a label's ordinal the engine read surely in the box. */
  private void learn(Ink page, Rulings rulings, int[] box, Recognizer.Read read) {
    String text = read.text();
    int[] ink = read.confidence() < OcrPages.LOW_CONFIDENCE || text.isEmpty() ? null : inkBounds(page, rulings.erased, box[0] + 1, box[1] + 1, box[2], box[3]);
    if (ink != null && CellKind.isPlainDigits(text)) {
      shapes.learn(page, rulings.erased, ink, text);
    } else if (ink != null) {
      shapes.learnOrdinal(page, rulings.erased, ink, text);
    }
  }

  private static boolean isCount(Recognizer.Read read) {
    return read != null && read.confidence() != DOUBT && isNumber(read.text());
  }

  /**
   * The cell read again: a dash where its ink is one ({@link Dashes}, a mark of none the engine reads as a character
   * or as nothing); else as digits alone, one line of ink: taken when the engine is sure of it and it agrees with a
   * number read before, if any was; else as the document's digits read it, when they are sure of each glyph (the
   * engine reads a serif 1 as nothing, allowed digits only). Else the cell, which stands where counts stand, is left
   * blank with its reading named: a none mark blurred into a character ({@code —} read as {@code 下}) is no label,
   * and taken for one it would join the counts of two rows.
   */
  private Recognizer.Read asCount(Ink page, Rulings rulings, Recognizer.Read before, int[] box) {
    Recognizer.Read doubt = new Recognizer.Read(before.text(), DOUBT);
    int[] ink = inkBounds(page, rulings.erased, box[0] + 1, box[1] + 1, box[2], box[3]);
    if (ink == null || bands(page, rulings.erased, ink).size() != 1) {
      return doubt;
    }
    List<String> numbers = Arrays.stream(before.text().split(READINGS)).filter(PageText::isNumber).toList();
    if (numbers.isEmpty() && dashIn(page, rulings.erased, box)) {
      return new Recognizer.Read(Dashes.DASH, DigitShapes.CONFIDENCE);
    }
    if (numbers.size() > 1) {
      return doubt; // two numbers in one cell: no reading of its ink tells which is the count
    }
    BufferedImage crop = page.crop(ink[0], ink[1], ink[2], ink[3], rulings.erased);
    Recognizer.Read digits = recognizer.readDigits(padded(crop, 2));
    if (!sureCount(digits, numbers)) {
      // A faint, blurred glyph alone (a photo's lone 0, a few dozen levels under its paper), in which the line model
      // finds no text: read again in black and white, as a word.
      digits = recognizer.readDigitWord(twoLevel(padded(crop, 2)));
    }
    boolean sure = sureCount(digits, numbers);
    String shaped = sure ? null : shapes.read(page, rulings.erased, ink);
    Recognizer.Read read = sure ? digits : shaped == null ? null : new Recognizer.Read(shaped, DigitShapes.CONFIDENCE);
    Recognizer.Read checked = read == null ? doubt : shapeChecked(page, rulings.erased, ink, read);
    return checked.confidence() == DOUBT ? doubt : checked;
  }

  /** Whether the engine is sure of a count of digits alone that agrees with the numbers read before, if any were. */
  private static boolean sureCount(Recognizer.Read digits, List<String> numbers) {
    return CellKind.isPlainDigits(digits.text()) && !digits.text().isEmpty() && (numbers.isEmpty() || numbers.contains(digits.text()))
        && digits.confidence() >= OcrPages.LOW_CONFIDENCE;
  }

  /** The image in black and white, parted half way between its darkest and its lightest levels. */
  private static BufferedImage twoLevel(BufferedImage image) {
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int darkest = 255;
    int lightest = 0;
    for (byte b : pixels) {
      darkest = Math.min(darkest, b & 0xFF);
      lightest = Math.max(lightest, b & 0xFF);
    }
    int middle = (darkest + lightest) / 2;
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) ((pixels[i] & 0xFF) < middle ? 0 : 255);
    }
    return image;
  }

  /** The text inside a ruled box, null when it holds no ink but the rulings around it. */
  private Recognizer.Read readBox(Ink page, Rulings rulings, int x0, int y0, int x1, int y1) {
    int[] ink = inkBounds(page, rulings.erased, x0 + 1, y0 + 1, x1, y1);
    Recognizer.Read read = ink == null ? null : readLines(page, rulings.erased, ink);
    if (read == null || read.confidence() == DOUBT) {
      return read;
    }
    // Numbers a word's gap apart in a ruled cell (0 1: a count and a blot read as 1, or a border the scan lost) are
    // two readings, never one number: folded together they would be a wrong one.
    String[] words = read.text().trim().split("\\s+");
    return words.length > 1 && Arrays.stream(words).allMatch(CellKind::isPlainDigits)
        ? new Recognizer.Read(String.join(READINGS, words), DOUBT) : read;
  }

  /**
   * The text of a box (a ruled cell, or a piece of a line outside the tables, whose ink may span two text lines where
   * a label or a number wrapped inside its column), null when no line holds text. Each of its lines is read on its
   * own (recognizers read one line far more reliably than a block, which they may read only part of: {@code 133}
   * for {@code 133} over {@code 64}) and the lines are joined as Chinese wraps, without a space; the confidence is
   * that of the least sure line.
   */
  private Recognizer.Read readLines(Ink page, boolean[] erased, int[] box) {
    List<int[]> bands = bands(page, erased, box);
    Recognizer.Read column = readColumnWise(page, erased, box, bands);
    if (column != null) {
      return column;
    }
    List<String> lines = new ArrayList<>();
    float confidence = 100;
    for (int[] band : bands) {
      int[] line = inkBounds(page, erased, box[0], band[0], box[2], band[1]);
      Recognizer.Read read = line == null ? null : recognize(page, erased, line);
      if (read != null) {
        lines.add(read.text());
        confidence = Math.min(confidence, read.confidence());
      }
    }
    if (lines.stream().filter(PageText::isNumber).count() > 1) {
      // Numbers never wrap in a ruled cell: two there mean a border the scan lost. Outside rulings a number too wide
      // for its column goes on below it, and no layout tells the digits of one number from two: either way a join
      // could make a wrong one.
      return new Recognizer.Read(String.join(READINGS, lines), DOUBT);
    }
    return lines.isEmpty() ? null : new Recognizer.Read(String.join("", lines), confidence);
  }

  /**
   * The text of a box whose lines are a character or two each (a title wrapped in a narrow column, 社 / 会 / 公 / 益
   * / 组 / 织) read as the one line a reader reads: its lines set side by side. Alone, one character gives the engine
   * no context and is often misread ({@code 三} for 自); in a line its words are read as words. Null where a line is
   * wider, the box has one line, or the reading holds a digit (numbers never wrap in their cells: two lines of
   * numbers are doubted as {@link #readLines} says).
   */
  private Recognizer.Read readColumnWise(Ink page, boolean[] erased, int[] box, List<int[]> bands) {
    int lineHeight = page.lineHeight();
    List<int[]> glyphs = new ArrayList<>();
    for (int[] band : bands) {
      int[] ink = inkBounds(page, erased, box[0], band[0], box[2], band[1]);
      if (ink == null || ink[2] - ink[0] > STACKED_CHARACTERS * lineHeight) {
        return null;
      }
      glyphs.add(ink);
    }
    if (glyphs.size() < 2) {
      return null;
    }
    int gap = lineHeight / 4;
    int width = glyphs.stream().mapToInt(g -> g[2] - g[0] + gap).sum() - gap;
    int height = glyphs.stream().mapToInt(g -> g[3] - g[1]).max().orElseThrow();
    BufferedImage line = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = line.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, width, height);
    int x = 0;
    for (int[] glyph : glyphs) {
      g.drawImage(page.crop(glyph[0], glyph[1], glyph[2], glyph[3], erased), x, (height - (glyph[3] - glyph[1])) / 2, null);
      x += glyph[2] - glyph[0] + gap;
    }
    g.dispose();
    Recognizer.Read read = recognizer.read(padded(line, 1));
    return read.text().isBlank() || read.text().chars().anyMatch(Character::isDigit) ? null : read;
  }

  private static boolean isNumber(String text) {
    return CellKind.of(Cell.Text.fold(text)) == CellKind.NUMBER;
  }

  /**
   * The text lines of a box, as runs of rows holding ink; runs that together are no higher than a line of text are
   * one line (the strokes of 三 or 二 leave blank rows between them), while two lines of a label wrapped in a narrow
   * column, in a smaller type than the page's body text, together are higher.
   */
  static List<int[]> bands(Ink page, boolean[] erased, int[] box) {
    int lineHeight = page.lineHeight();
    List<int[]> bands = new ArrayList<>();
    for (int y = box[1]; y < box[3]; y++) {
      boolean ink = false;
      for (int x = box[0]; x < box[2] && !ink; x++) {
        int i = y * page.width + x;
        ink = page.ink[i] && !erased[i];
      }
      if (!ink) {
        continue;
      }
      int[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      if (last != null && last[1] == y) {
        last[1] = y + 1;
      } else {
        bands.add(new int[] {y, y + 1});
      }
    }
    List<int[]> lines = new ArrayList<>();
    for (int[] run : bands) {
      int[] last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last != null && run[1] - last[0] <= MERGED_LINE_HEIGHTS * lineHeight) {
        last[1] = run[1];
      } else {
        lines.add(run);
      }
    }
    return lines;
  }

  /** A piece of a line outside the tables: where it lies across the page, and what it reads. */
  private record Piece(int x0, int x1, Recognizer.Read read) {

    boolean number() {
      return read.confidence() != DOUBT && isNumber(read.text());
    }

    /** A number, or a piece left blank because its readings disagreed on one. */
    boolean numberOrDoubt() {
      return read.confidence() == DOUBT || number();
    }

    boolean below(Piece o) {
      return x0 < o.x1 && o.x0 < x1;
    }

    /** The piece's box on the page, in a line spanning {@code span} (top, bottom). */
    int[] box(int[] span) {
      return new int[] {x0, span[0], x1, span[1]};
    }
  }

  /**
   * The lines outside the tables: bands of rows holding ink, each cut into pieces at wide gaps. A line of numbers
   * alone just below numbers, each under one of them, is the rest of numbers too wide for their columns of a table
   * drawn without rulings (a row's own numbers have its label beside them): the numbers above are left blank, named
   * with their rest in the warning, and the rest dropped (see {@link #readLines}).
   */
  private List<Line> freeLines(Ink page, Rulings rulings, boolean[] outside) {
    int[] perRow = new int[page.height];
    for (int i = 0; i < outside.length; i++) {
      perRow[i / page.width] += outside[i] ? 1 : 0;
    }
    int lineHeight = page.lineHeight();
    int minHeight = Math.max(3, lineHeight / MIN_LINE_HEIGHT_SHARE);
    List<int[]> bands = new ArrayList<>();
    int y = 0;
    while (y < page.height) {
      if (perRow[y] == 0) {
        y++;
        continue;
      }
      int top = y;
      int pixels = 0;
      while (y < page.height && perRow[y] > 0) {
        pixels += perRow[y++];
      }
      if (y - top >= minHeight && pixels >= MIN_INK_PIXELS) {
        bands.add(new int[] {top, y});
      }
    }
    List<int[]> profiles = bands.stream().map(b -> inkPerColumn(page, outside, b[0], b[1])).toList();
    boolean[][] rivers = rivers(bands, profiles, lineHeight);
    List<List<Piece>> pieces = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int reach = 0; // the bottom of the last band taken, as a line or as the rest of one
    for (int b = 0; b < bands.size(); b++) {
      int top = bands.get(b)[0];
      List<Piece> line = ordinalJoined(pieces(page, rulings, profiles.get(b), rivers[b], top, bands.get(b)[1]));
      int[] band = bands.get(b);
      Rows rows = rowsApart(page, rulings.erased, line, band);
      if (rows != null) {
        pieces.addAll(rows.lines());
        spans.addAll(rows.spans());
        reach = band[1];
        continue;
      }
      int last = pieces.size() - 1;
      if (last >= 0 && top - reach <= lineHeight && (restOfNumbers(pieces.get(last), line) || restOfLabels(pieces.get(last), line, lineHeight))) {
        reach = bands.get(b)[1];
        continue;
      }
      if (!line.isEmpty()) {
        pieces.add(line);
        spans.add(bands.get(b));
        reach = bands.get(b)[1];
      }
    }
    stackHeaders(page, rulings.erased, pieces, spans);
    for (int i = 0; i < pieces.size(); i++) {
      for (Piece p : pieces.get(i)) {
        learn(page, rulings, p.box(spans.get(i)), p.read());
      }
    }
    for (int i = 0; i < pieces.size(); i++) {
      List<Piece> line = pieces.get(i);
      for (int k = 1; k < line.size(); k++) {
        Piece p = line.get(k);
        int[] ink = misreadCount(pieces, i, k) ? inkBounds(page, rulings.erased, p.box(spans.get(i))) : null;
        String count = ink == null ? null : shapes.read(page, rulings.erased, ink);
        if (count != null) {
          line.set(k, new Piece(p.x0(), p.x1(), new Recognizer.Read(count, DigitShapes.CONFIDENCE)));
        }
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      List<Piece> line = withoutDirtBesideHeading(pieces.get(i));
      List<Recognizer.Read> reads = line.stream().map(Piece::read).toList();
      List<String> cells = texts(reads);
      int[] span = spans.get(i);
      lines.add(new Line(cells, span[0], line.get(0).x0(), line.get(line.size() - 1).x1(), -1, reads, span[1] - span[0]));
    }
    return lines;
  }

  /**
   * The line with a first piece that is an ordinal alone ({@code （三）}) joined to the words after it: a full-width
   * bracket's blank half is set in every row of a table without rulings at the same place and may show as a column's
   * edge, but an ordinal opens a label and is no cell of its own. Words opened by an ordinal of their own are an item's
   * label beside its group's ordinal ({@code （四）} / {@code 1.本机关不掌握…}), a column of their own.
   */
  private static List<Piece> ordinalJoined(List<Piece> line) {
    if (line.size() < 2) {
      return line;
    }
    Piece ordinal = line.get(0);
    Piece words = line.get(1);
    String folded = Cell.Text.fold(ordinal.read().text());
    String said = Cell.Text.fold(words.read().text());
    if (!Ordinals.opens(folded) || !Ordinals.strip(folded).isEmpty() || words.numberOrDoubt() || CellKind.isMarker(said)
        || Ordinals.opens(said)) {
      return line;
    }
    List<Piece> joined = new ArrayList<>(line.subList(1, line.size()));
    joined.set(0, new Piece(ordinal.x0(), words.x1(), new Recognizer.Read(ordinal.read().text() + words.read().text(),
        Math.min(ordinal.read().confidence(), words.read().confidence()))));
    return joined;
  }

  /** The rows a band of ink holds, each its pieces and its span (top, bottom). */
  private record Rows(List<List<Piece>> lines, List<int[]> spans) {}

  /**
   * The rows of a band of ink that holds several rows of a table without rulings, joined by labels set across their
   * borders (a group's label, {@code （三）不予公开}, centred on the rows it groups; a label wrapped over two lines with its
   * counts set between them, its last line as close to the next row's first as to its own counts): each of its
   * columns of counts, at least {@link #MIN_TABLE_PIECES}, holds as many lines of numbers (doubted, as a number wrapped
   * in its column would be), two or more, and none holds one. Rows part halfway between one row's counts and the
   * next's, column by column: each line of a label belongs to the row whose counts stand nearest its middle, as a
   * reader takes a wrapped label's lines around its counts, so that no line is cut through, nor given to the next row
   * by a blank pixel row just above it. Each row after the first must open a row of the template ({@link #opensRow}).
   * Null where the band is one line or one row.
   */
  private Rows rowsApart(Ink page, boolean[] erased, List<Piece> line, int[] band) {
    List<List<int[]>> counts = new ArrayList<>(); // each column's lines of numbers
    for (Piece p : line) {
      if (p.number()) {
        return null;
      }
      List<int[]> lines = p.read().confidence() == DOUBT ? bands(page, erased, p.box(band)) : List.of();
      String[] readings = p.read().text().split(READINGS);
      if (lines.size() >= 2 && readings.length == lines.size() && Arrays.stream(readings).allMatch(PageText::isNumber)) {
        if (!counts.isEmpty() && counts.get(0).size() != lines.size()) {
          return null;
        }
        counts.add(lines);
      }
    }
    if (counts.size() < MIN_TABLE_PIECES) {
      return null;
    }
    int rowCount = counts.get(0).size();
    int[] cuts = new int[rowCount + 1]; // the rows' tops, and the band's bottom
    cuts[0] = band[0];
    cuts[rowCount] = band[1];
    for (int r = 1; r < rowCount; r++) {
      int next = r;
      int above = counts.stream().mapToInt(c -> c.get(next - 1)[1]).max().orElseThrow();
      int below = counts.stream().mapToInt(c -> c.get(next)[0]).min().orElseThrow();
      if (above >= below) {
        return null;
      }
      cuts[r] = (above + below) / 2;
    }
    List<List<Piece>> rows = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      rows.add(new ArrayList<>());
      spans.add(new int[] {cuts[r], cuts[r + 1]});
    }
    for (Piece p : line) {
      List<int[]> lines = bands(page, erased, p.box(band));
      for (int r = 0; r < rowCount; r++) {
        int top = cuts[r];
        int bottom = cuts[r + 1];
        List<int[]> own = lines.stream().filter(l -> (l[0] + l[1]) / 2 >= top && (l[0] + l[1]) / 2 < bottom).toList();
        Recognizer.Read read = own.isEmpty() ? null : readLines(page, erased, new int[] {p.x0(), own.get(0)[0], p.x1(), own.get(own.size() - 1)[1]});
        if (read != null) {
          rows.get(r).add(new Piece(p.x0(), p.x1(), read));
        }
      }
    }
    return !rows.get(0).isEmpty() && rows.subList(1, rowCount).stream().allMatch(PageText::opensRow) ? new Rows(rows, spans) : null;
  }

  /**
   * Whether a line's labels (its pieces before the first count) open a row of the template: one starts with an
   * ordinal. A lower part of a band {@link #rowsApart} would part is another row only so; else its counts are the
   * rest of numbers too wide for their columns beside a label wrapped over two lines, which stay doubted.
   */
  private static boolean opensRow(List<Piece> line) {
    return line.stream().takeWhile(p -> !p.numberOrDoubt()).anyMatch(p -> Ordinals.opens(Cell.Text.fold(p.read().text())));
  }

  /**
   * Makes each header whose narrow columns print their titles a character or two a line (本 / 年 / 新 / 制 …, as a
   * three-line table without column rulings leaves them) one line, as {@code PdfLines} does for a text layer: a run of
   * lines at least {@link #MIN_STACK} line heights high, each close below the one before, holding no number and each
   * of several pieces or of one piece of a character or two. The pieces that overlap across are one title, read again
   * as one box (its lines side by side, {@link #readColumnWise}). Lines ending the run with one piece at its left edge
   * are the first row's label, not the header's.
   */
  private void stackHeaders(Ink page, boolean[] erased, List<List<Piece>> pieces, List<int[]> spans) {
    int lineHeight = page.lineHeight();
    for (int i = 0; i < pieces.size(); i++) {
      int end = i;
      while (end < pieces.size() && stackable(pieces.get(end))
          && (end == i || spans.get(end)[0] - spans.get(end - 1)[1] <= STACK_GAP_HEIGHTS * lineHeight)) {
        end++;
      }
      int left = pieces.subList(i, end).stream().mapToInt(l -> l.get(0).x0()).min().orElse(0);
      while (end > i && pieces.get(end - 1).size() == 1 && pieces.get(end - 1).get(0).x0() <= left + lineHeight) {
        end--;
      }
      List<List<Piece>> run = pieces.subList(i, end);
      int[] span = {spans.get(i)[0], end > i ? spans.get(end - 1)[1] : 0};
      if (span[1] - span[0] < MIN_STACK * lineHeight || run.stream().allMatch(l -> l.size() == 1)) {
        continue;
      }
      List<Piece> titles = new ArrayList<>();
      List<Piece> title = new ArrayList<>();
      List<Piece> inOrder = run.stream().flatMap(List::stream).toList();
      for (Piece p : inOrder.stream().sorted((a, b) -> Integer.compare(a.x0(), b.x0())).toList()) {
        if (!title.isEmpty() && p.x0() >= title.stream().mapToInt(Piece::x1).max().orElseThrow()) {
          titles.add(stacked(page, erased, title, inOrder, span));
          title.clear();
        }
        title.add(p);
      }
      titles.add(stacked(page, erased, title, inOrder, span));
      run.clear();
      run.add(titles);
      spans.subList(i, end).clear();
      spans.add(i, span);
    }
  }

  /**
   * The pieces of one title stacked in its column read as one box; where that finds no text, as they read one by one
   * in reading order ({@code inOrder}: the run's pieces line by line).
   */
  private Piece stacked(Ink page, boolean[] erased, List<Piece> title, List<Piece> inOrder, int[] span) {
    int x0 = title.stream().mapToInt(Piece::x0).min().orElseThrow();
    int x1 = title.stream().mapToInt(Piece::x1).max().orElseThrow();
    if (title.size() == 1) {
      return title.get(0);
    }
    Recognizer.Read read = readLines(page, erased, new int[] {x0, span[0], x1, span[1]});
    if (read == null) {
      read = new Recognizer.Read(String.join("", title.stream().sorted((a, b) -> Integer.compare(inOrder.indexOf(a), inOrder.indexOf(b)))
          .map(p -> p.read().text()).toList()),
          (float) title.stream().mapToDouble(p -> p.read().confidence()).min().orElseThrow());
    }
    return new Piece(x0, x1, read);
  }

  /** Whether a line outside the tables may be one of a stacked header's: no number, several pieces or a short one. */
  private static boolean stackable(List<Piece> line) {
    return line.stream().noneMatch(Piece::number) && (line.size() > 1 || line.get(0).read().text().length() <= STACKED_CHARACTERS);
  }

  /**
   * The line without the pieces beside a section heading that the engine read as a character or two it doubts (a blot
   * of dust read as {@code 四}): no cell stands beside a heading, and one there makes the line a row of two cells, which
   * opens no section, so that the section's table is read as the one before's. A number is kept: it is no dirt to say.
   */
  private static List<Piece> withoutDirtBesideHeading(List<Piece> line) {
    if (line.size() < 2 || !Sections.isHeading(Cell.Text.fold(line.get(0).read().text()))) {
      return line;
    }
    List<Piece> kept = new ArrayList<>(line.size());
    kept.add(line.get(0));
    for (Piece p : line.subList(1, line.size())) {
      Recognizer.Read read = p.read();
      if (read.text().length() > MAX_DIRT_CHARACTERS || read.confidence() >= OcrPages.LOW_CONFIDENCE || isNumber(read.text())) {
        kept.add(p);
      }
    }
    return kept;
  }

  /**
   * Whether piece {@code k} of line {@code i} outside the tables may be a count the engine misread as characters or
   * doubted: a short reading, no number nor mark, not the line's first piece (its label), in a line with counts in two
   * other pieces, below or above counts in two other lines or right of a count (a row's label stands left of its
   * counts; section 四's table has one row of counts, as a ruled cell is told by {@link #amongCounts}). Such a piece is
   * read again by {@link #shapes} alone; it is kept as read when they are not sure (a letter O the decoder takes for a 0).
   */
  private static boolean misreadCount(List<List<Piece>> lines, int i, int k) {
    Piece piece = lines.get(i).get(k);
    if (piece.read().confidence() != DOUBT && !misreadShort(piece.read())) {
      return false;
    }
    long inRow = lines.get(i).stream().filter(p -> p != piece && p.number()).count();
    long inColumn = lines.stream().filter(l -> l != lines.get(i) && l.stream().anyMatch(p -> p.number() && p.below(piece))).count();
    boolean countBefore = lines.get(i).subList(0, k).stream().anyMatch(Piece::number);
    return inRow >= 2 && (inColumn >= 2 || countBefore);
  }

  private static int[] inkPerColumn(Ink page, boolean[] outside, int top, int bottom) {
    int[] perColumn = new int[page.width];
    for (int yy = top; yy < bottom; yy++) {
      for (int x = 0; x < page.width; x++) {
        perColumn[x] += outside[yy * page.width + x] ? 1 : 0;
      }
    }
    return perColumn;
  }

  /**
   * For each band, the columns of pixels that part the columns of the table drawn without rulings it is a row of, or
   * null: runs of blank columns, at least {@link #RIVER_HEIGHTS} of a line of text wide, through every row of a table of
   * at least {@link #MIN_TABLE_ROWS} bands that each hold {@link #MIN_TABLE_PIECES} pieces or more. A label set close to
   * its row's first number, nearer than a cell gap, is parted from it there, where the other rows show the column's
   * edge; the glyphs of a label are closer together than that. The rest of a label wrapped in its column, up to
   * {@link #MAX_WRAPPED_LINES} bands of it, may stand between two rows ({@link #wrappedLabel}): a reader follows the
   * table's columns past it, so the rows around it are one table, and a row whose label wraps is parted as the others.
   */
  private static boolean[][] rivers(List<int[]> bands, List<int[]> profiles, int lineHeight) {
    boolean[][] rivers = new boolean[bands.size()][];
    int b = 0;
    while (b < bands.size()) {
      List<Integer> rows = new ArrayList<>();
      int next = b;
      while (next < bands.size()) {
        if (runStarts(profiles.get(next), bandHeight(bands.get(next), lineHeight)).size() >= MIN_TABLE_PIECES) {
          rows.add(next++);
          continue;
        }
        int rest = next;
        int row = rows.isEmpty() ? -1 : rows.get(rows.size() - 1);
        while (row >= 0 && rest < bands.size() && rest - next < MAX_WRAPPED_LINES
            && wrappedLabel(profiles.get(rest), profiles.get(row), bandHeight(bands.get(row), lineHeight))) {
          rest++;
        }
        if (rest == next || rest == bands.size()
            || runStarts(profiles.get(rest), bandHeight(bands.get(rest), lineHeight)).size() < MIN_TABLE_PIECES) {
          break;
        }
        next = rest;
      }
      if (rows.size() >= MIN_TABLE_ROWS) {
        boolean[] river = river(rows.stream().map(profiles::get).toList(), lineHeight);
        rows.forEach(k -> rivers[k] = river);
      }
      b = Math.max(next, b + 1);
    }
    return rivers;
  }

  /** The height a band's gaps are measured by: its own, unless it holds a label wrapped beside its row's numbers. */
  private static int bandHeight(int[] band, int lineHeight) {
    return Math.min(band[1] - band[0], lineHeight);
  }

  /**
   * Whether a band of fewer pieces than a table row is the rest of the label of the row {@code row} above it, wrapped
   * in its column: all its ink lies left of where the row's second piece starts. A heading or a paragraph between two
   * tables runs across their columns.
   */
  private static boolean wrappedLabel(int[] band, int[] row, int rowHeight) {
    List<Integer> starts = runStarts(row, rowHeight);
    int last = band.length - 1;
    while (last >= 0 && band[last] == 0) {
      last--;
    }
    return last >= 0 && starts.size() >= 2 && last < starts.get(1);
  }

  /** Where each piece of a band's ink starts across, parted at gaps wider than a cell gap (specks of dust left out). */
  private static List<Integer> runStarts(int[] perColumn, int height) {
    List<Integer> starts = new ArrayList<>();
    int start = -1;
    int pixels = 0;
    int gap = 0;
    for (int x = 0; x < perColumn.length; x++) {
      if (perColumn[x] > 0) {
        if (start >= 0 && gap > CELL_GAP_HEIGHTS * height) {
          if (pixels >= MIN_INK_PIXELS) {
            starts.add(start);
          }
          start = -1;
        }
        if (start < 0) {
          start = x;
          pixels = 0;
        }
        pixels += perColumn[x];
        gap = 0;
      } else {
        gap++;
      }
    }
    if (start >= 0 && pixels >= MIN_INK_PIXELS) {
      starts.add(start);
    }
    return starts;
  }

  /** The blank columns, in runs wide enough, between the first and the last ink of the rows. */
  private static boolean[] river(List<int[]> rows, int lineHeight) {
    int width = rows.get(0).length;
    boolean[] blank = new boolean[width];
    int first = width;
    int last = -1;
    for (int x = 0; x < width; x++) {
      blank[x] = true;
      for (int[] row : rows) {
        blank[x] &= row[x] == 0;
      }
      if (!blank[x]) {
        first = Math.min(first, x);
        last = x;
      }
    }
    boolean[] river = new boolean[width];
    int x = first;
    while (x < last) {
      int start = x;
      while (x < last && blank[x]) {
        x++;
      }
      if (x - start >= RIVER_HEIGHTS * lineHeight) {
        Arrays.fill(river, start, x, true);
      }
      x = Math.max(x, start + 1);
    }
    return river;
  }

  /**
   * Whether {@code below} holds only numbers, each below a number of {@code above}; if so those numbers of
   * {@code above} are doubted, their rest named with them.
   */
  private static boolean restOfNumbers(List<Piece> above, List<Piece> below) {
    if (below.isEmpty() || !below.stream().allMatch(p -> p.number() && above.stream().anyMatch(a -> a.numberOrDoubt() && p.below(a)))) {
      return false;
    }
    above.replaceAll(a -> {
      List<String> rest = below.stream().filter(p -> p.below(a)).map(p -> p.read().text()).toList();
      return !a.numberOrDoubt() || rest.isEmpty() ? a
          : new Piece(a.x0(), a.x1(), new Recognizer.Read(a.read().text() + READINGS + String.join(READINGS, rest), DOUBT));
    });
    return true;
  }

  /**
   * Whether {@code below} is the rest of the labels of the table row {@code row}, wrapped in their narrow columns
   * below it (a table without rulings whose cells set their text at the top): the row's numbers stand on its labels'
   * first line, which opens with an ordinal; the rest holds no number, opens no label of its own (no ordinal), and
   * each of its pieces lies in the column of a label of the row, from that label's start to short of the row's next
   * piece. If so, each piece is joined to its label, as Chinese wraps, without a space.
   */
  private static boolean restOfLabels(List<Piece> row, List<Piece> below, int lineHeight) {
    int first = 0;
    while (first < row.size() && !row.get(first).numberOrDoubt()) {
      first++;
    }
    List<Piece> labels = row.subList(0, first);
    if (below.isEmpty() || labels.isEmpty() || row.stream().filter(Piece::number).count() < 2
        || labels.stream().noneMatch(p -> Ordinals.opens(Cell.Text.fold(p.read().text())))) {
      return false;
    }
    int[] column = new int[below.size()];
    for (int k = 0; k < below.size(); k++) {
      Piece p = below.get(k);
      column[k] = -1;
      for (int l = 0; l < labels.size() && column[k] < 0; l++) {
        column[k] = p.x0() >= labels.get(l).x0() - lineHeight && p.x1() < row.get(l + 1).x0() ? l : -1;
      }
      if (column[k] < 0 || p.numberOrDoubt() || opensRowOfItsOwn(labels.get(column[k]), p)) {
        return false;
      }
    }
    for (int k = 0; k < below.size(); k++) {
      Piece label = labels.get(column[k]);
      Recognizer.Read rest = below.get(k).read();
      labels.set(column[k], new Piece(label.x0(), Math.max(label.x1(), below.get(k).x1()),
          new Recognizer.Read(label.read().text() + rest.text(), Math.min(label.read().confidence(), rest.confidence()))));
    }
    return true;
  }

  /**
   * Whether a piece below a row's label, holding no number, opens a row of its own: an ordinal opens it. But an item's
   * ({@code 1.属于国家秘密}) below a label that is a group's title alone ({@code （三）不予公开}) is the rest of that label:
   * the row prints its group's title on the line of its counts and its own words wrapped below it, as a narrow label
   * column of the template's table does; a row of its own would print its counts on its line.
   */
  private static boolean opensRowOfItsOwn(Piece label, Piece below) {
    String rest = Cell.Text.fold(below.read().text());
    String above = Cell.Text.fold(label.read().text());
    boolean groupTitle = above.startsWith("(") && Ordinals.opens(above)
        && Ordinals.strip(above).chars().noneMatch(Character::isDigit);
    boolean item = !rest.isEmpty() && Character.isDigit(rest.charAt(0));
    return Ordinals.opens(rest) && !(groupTitle && item);
  }

  /**
   * The pieces of the line from {@code top} to {@code bottom}, cut at gaps wider than a line of text is high: the
   * band's own height unless it holds two lines or more (a label wrapped beside its row's numbers).
   */
  private List<Piece> pieces(Ink page, Rulings rulings, int[] perColumn, boolean[] river, int top, int bottom) {
    int height = Math.min(bottom - top, page.lineHeight());
    List<Piece> pieces = new ArrayList<>();
    int x = 0;
    while (x < page.width) {
      if (perColumn[x] == 0) {
        x++;
        continue;
      }
      int start = x;
      int end = x;
      int pixels = 0;
      int gap = 0;
      while (x < page.width && gap <= CELL_GAP_HEIGHTS * height) {
        if (perColumn[x] > 0) {
          end = x;
          gap = 0;
          pixels += perColumn[x];
        } else if (river != null && river[x]) {
          break;
        } else {
          gap++;
        }
        x++;
      }
      if (pixels < MIN_INK_PIXELS || speck(page, rulings.erased, new int[] {start, top, end + 1, bottom})
          || rule(page, rulings.erased, new int[] {start, top, end + 1, bottom})) {
        continue;
      }
      int split = besideWrappedLabel(page, rulings.erased, perColumn, new int[] {start, top, end + 1, bottom});
      for (int[] part : split < 0 ? List.of(new int[] {start, end + 1}) : List.of(new int[] {start, split}, new int[] {split, end + 1})) {
        Recognizer.Read read = readLines(page, rulings.erased, new int[] {part[0], top, part[1], bottom});
        if (read != null) {
          pieces.addAll(numbersApart(perColumn, part[0], part[1], read));
        }
      }
    }
    return pieces;
  }

  /**
   * Whether a piece of a line is a speck of dust: its ink less than half a line's height each way, and no dash (a
   * mark of none, at least twice as wide as high). A glyph of text, a digit included, is higher; a dot or a comma
   * means nothing a cell gap away from any text, and read as a character ({@code 下}) it would join a heading's line
   * as a cell of its own.
   */
  private static boolean speck(Ink page, boolean[] erased, int[] box) {
    int half = page.lineHeight() / 2;
    int[] ink = inkBounds(page, erased, box);
    return ink != null && ink[2] - ink[0] < half && ink[3] - ink[1] < half && ink[2] - ink[0] < 2 * (ink[3] - ink[1]);
  }

  /**
   * Whether a piece of a line is a rule: its ink lower than half a line's height and {@link #RULE_HEIGHTS} line
   * heights long or more. A three-line table's rules cross no column border, so they are not found as rulings; a scan
   * that blurs one to a line's fifth or more leaves it for text, which the engine reads as {@code 一一一一}, a paragraph
   * that the heading below it is joined to. No text is so long and so low (a mark of none, {@code —}, is a character
   * or two wide).
   */
  private static boolean rule(Ink page, boolean[] erased, int[] box) {
    int lineHeight = page.lineHeight();
    int[] ink = inkBounds(page, erased, box);
    return ink != null && 2 * (ink[3] - ink[1]) < lineHeight && ink[2] - ink[0] >= RULE_HEIGHTS * lineHeight;
  }

  /**
   * Where a piece parts into a label wrapped over two lines and, right of it, a count set close to it (a table
   * without rulings whose label column is as wide as its labels): the count, one line high, stands between the
   * label's two lines and joins them into one band of ink, which the engine cannot read as lines. The piece is cut at
   * the gap nearest its right end whose right part is no higher than a line and whose left part, without it, shows
   * its lines apart; -1 when no gap does (a wrapped label alone shows its lines apart already).
   */
  private static int besideWrappedLabel(Ink page, boolean[] erased, int[] perColumn, int[] box) {
    int lineHeight = page.lineHeight();
    if (box[3] - box[1] <= MERGED_LINE_HEIGHTS * lineHeight || bands(page, erased, box).size() != 1) {
      return -1;
    }
    for (int x = box[2] - 1; x > box[0]; x--) {
      if (perColumn[x] > 0 || perColumn[x - 1] == 0) {
        continue; // not the first blank column left of ink
      }
      int[] right = inkBounds(page, erased, x, box[1], box[2], box[3]);
      if (right != null && right[3] - right[1] > lineHeight) {
        return -1;
      }
      if (right != null && bands(page, erased, new int[] {box[0], box[1], x, box[3]}).size() >= 2) {
        return x;
      }
    }
    return -1;
  }

  /**
   * The piece as one piece per number when the engine read numbers a word's gap apart ({@code 24175 361}: columns
   * of a table without rulings narrower than their numbers), each where one of the piece's widest gaps parts it;
   * else the piece as it is. Digits of one number are never a word's gap apart.
   */
  private static List<Piece> numbersApart(int[] perColumn, int x0, int x1, Recognizer.Read read) {
    String[] numbers = read.text().trim().split("\\s+");
    if (numbers.length < 2 || read.confidence() == DOUBT || !Arrays.stream(numbers).allMatch(CellKind::isPlainDigits)) {
      return List.of(new Piece(x0, x1, read));
    }
    List<int[]> gaps = new ArrayList<>(); // from, to
    for (int x = x0; x < x1; x++) {
      if (perColumn[x] == 0) {
        int[] last = gaps.isEmpty() ? null : gaps.get(gaps.size() - 1);
        if (last != null && last[1] == x) {
          last[1] = x + 1;
        } else {
          gaps.add(new int[] {x, x + 1});
        }
      }
    }
    if (gaps.size() < numbers.length - 1) {
      return List.of(new Piece(x0, x1, read));
    }
    gaps.sort((a, b) -> Integer.compare(b[1] - b[0], a[1] - a[0]));
    List<int[]> cuts = new ArrayList<>(gaps.subList(0, numbers.length - 1));
    cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<Piece> out = new ArrayList<>();
    int from = x0;
    for (int i = 0; i < numbers.length; i++) {
      int to = i < cuts.size() ? cuts.get(i)[0] : x1;
      out.add(new Piece(from, to, new Recognizer.Read(numbers[i], read.confidence())));
      from = i < cuts.size() ? cuts.get(i)[1] : x1;
    }
    return out;
  }

  /** Reads a piece, a number as its glyphs show it ({@link #shapeChecked}), a label with the stops its ink shows. */
  private Recognizer.Read recognize(Ink page, boolean[] erased, int[] box) {
    Recognizer.Read read = readPiece(page, erased, box);
    if (read == null) {
      return null;
    }
    return CellKind.isPlainDigits(read.text()) ? shapeChecked(page, erased, box, read) : OrdinalStops.seen(page, erased, box, read);
  }

  /**
   * A number read in the one line of ink {@code line} as its glyphs show it: doubted where a 5, 6 or 9 is closed where
   * the digit is open, a 0 with dust or a faint 6 ({@link LoopDigits}); a digit that is a slash ({@link Slashes}) is
   * the mark of none it shows, its confidence no higher than a reading by shape, so that the warning names it.
   */
  private static Recognizer.Read shapeChecked(Ink page, boolean[] erased, int[] line, Recognizer.Read read) {
    if (LoopDigits.closedWhereOpen(page, erased, line, read.text())) {
      return new Recognizer.Read(read.text(), DOUBT);
    }
    return Slashes.slashReadAsDigit(page, erased, line, read.text())
        ? new Recognizer.Read(Slashes.SLASH, Math.min(read.confidence(), DigitShapes.CONFIDENCE)) : read;
  }

  /**
   * Reads a piece. An engine sure of its first reading is taken at its word; else (it found no text, as Tesseract
   * does in some short pieces, or doubts what it read) the piece is read again as pure ink on paper, then enlarged
   * as a single word, and the surest reading is taken. A number the readings disagree on is left blank with its
   * readings named: a wrong number is worse than none. But two readings in words (two Chinese characters or more)
   * say the piece is text, whatever a third made of a part of it ({@code （七）总计 / （七总计 / 8}): the surer is taken.
   */
  private Recognizer.Read readPiece(Ink page, boolean[] erased, int[] box) {
    BufferedImage crop = page.crop(box[0], box[1], box[2], box[3], erased);
    Recognizer.Read first = recognizer.read(padded(crop, 1));
    if (!first.text().isBlank() && first.confidence() >= OcrPages.LOW_CONFIDENCE) {
      return first;
    }
    List<Recognizer.Read> reads = new ArrayList<>(List.of(first,
        recognizer.read(padded(page.inkOnly(box[0], box[1], box[2], box[3], erased), 1)),
        recognizer.readWord(padded(crop, 2))));
    reads.removeIf(r -> r.text().isBlank());
    if (reads.isEmpty()) {
      return null;
    }
    Recognizer.Read best = reads.stream().max((a, b) -> Float.compare(a.confidence(), b.confidence())).orElseThrow();
    List<String> readings = reads.stream().map(Recognizer.Read::text).distinct().toList();
    if (best.confidence() < OcrPages.LOW_CONFIDENCE && readings.size() > 1 && readings.stream().anyMatch(PageText::isNumber)) {
      List<Recognizer.Read> worded = reads.stream().filter(r -> !isNumber(r.text()) && hanCount(r.text()) >= 2).toList();
      return worded.size() >= 2
          ? worded.stream().max((a, b) -> Float.compare(a.confidence(), b.confidence())).orElseThrow()
          : new Recognizer.Read(String.join(READINGS, readings), DOUBT);
    }
    return best;
  }

  private static long hanCount(String text) {
    return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }

  /** The piece enlarged {@code scale} times, with a white margin: recognizers expect text not to touch the edge. */
  private static BufferedImage padded(BufferedImage crop, int scale) {
    BufferedImage padded = new BufferedImage(crop.getWidth() * scale + 2 * PAD, crop.getHeight() * scale + 2 * PAD, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = padded.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, padded.getWidth(), padded.getHeight());
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(crop, PAD, PAD, crop.getWidth() * scale, crop.getHeight() * scale, null);
    g.dispose();
    return padded;
  }

  private static int[] inkBounds(Ink page, boolean[] erased, int[] box) {
    return inkBounds(page, erased, box[0], box[1], box[2], box[3]);
  }

  /** The bounds {x0, y0, x1, y1} of the ink (rulings left out) inside a box, or null when it has too little. */
  private static int[] inkBounds(Ink page, boolean[] erased, int x0, int y0, int x1, int y1) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    int pixels = 0;
    for (int y = Math.max(0, y0); y < Math.min(page.height, y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(page.width, x1); x++) {
        int i = y * page.width + x;
        if (page.ink[i] && !erased[i]) {
          pixels++;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return pixels < MIN_INK_PIXELS ? null : new int[] {minX, minY, maxX + 1, maxY + 1};
  }
}
