package org.govdisclosure.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ruling lines of a page image: runs of dark pixels far longer than most strokes of a character, along rows
 * (horizontal) or columns (vertical), that end on rulings of the other direction at both ends, as a cell's border
 * runs from one crossing border to another (the long stroke of a character, as in 十, does not). Their pixels are
 * marked so that no recognizer reads a border as {@code 1} or {@code |}.
 */
final class Rulings {

  /**
   * A ruling runs along a good part of a table; a character's stroke is a fraction of a line's height. These
   * fractions of the page's width (a picture may stack several pages, so never its height) sit between the two at
   * any resolution: the narrowest ruled cell of a report (a number column, one line high) is longer, the tallest
   * glyph of body text shorter.
   */
  private static final int MIN_HORIZONTAL_FRACTION = 25;
  private static final int MIN_VERTICAL_FRACTION = 45;
  /** A column's border runs over more than one text line: longer than this fraction of the page's width. */
  private static final int MIN_COLUMN_BORDER_FRACTION = 30;
  /** A row drawn alone parts at least this many cells (a boxed line of text is no table). */
  private static final int MIN_LONE_ROW_CELLS = 2;
  /** Scans break a line into dashes here and there; gaps this short are bridged. */
  private static final int MAX_GAP = 4;
  /** Pieces of one broken line this far apart are joined ({@link Line#continuedBy}). */
  private static final int BRIDGED_GAP = 3 * MAX_GAP;
  /** A line a pixel wide, not quite straightened, steps between neighbouring rows: a run may use either. */
  private static final int WOBBLE = 1;
  /**
   * Beside a border, between {@link #SIDE_FROM} and {@link #SIDE_TO} pixels off its edge, text or dust makes ink
   * along at most a sixth of it (measured on the seeds' scans at 150 and 200 dpi, text touching a row's border
   * included); beside a character's stroke taken for one, two fifths to four fifths.
   */
  private static final double MAX_SIDE_INK = 0.2;
  private static final int SIDE_FROM = 2;
  private static final int SIDE_TO = 4;
  /** A row of a thick horizontal dark along at least this share of its darkest row's run is the ruling's. */
  private static final double CORE_SHARE = 0.8;
  /** Rulings that cross leave at most this many pixels between them (a corner drawn short). */
  static final int TOUCH = 4;

  /** A ruling: along a row ({@code horizontal}) at {@code from..to} across, over {@code along0..along1}. */
  record Line(boolean horizontal, int from, int to, int along0, int along1) {

    int at() {
      return (from + to) / 2;
    }

    int length() {
      return along1 - along0 + 1;
    }

    int thickness() {
      return to - from + 1;
    }

    /** How much of {@code a..b} along it the line covers. */
    int overlap(int a, int b) {
      return Math.max(0, Math.min(b, along1) - Math.max(a, along0));
    }

    boolean crosses(Line o) {
      return o.at() >= along0 - TOUCH && o.at() <= along1 + TOUCH && at() >= o.along0 - TOUCH && at() <= o.along1 + TOUCH;
    }

    /**
     * The line from the first to the last line of {@code across} it crosses, or null when one of its ends lies
     * farther than {@code overrun} from any: a border ends on crossing borders (a corner may be drawn short by
     * {@link #TOUCH}), and it may run on past one only as far as a character's stroke the scan joined to it.
     */
    Line anchored(List<Line> across, int overrun) {
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (Line o : across) {
        if (meets(o)) {
          first = Math.min(first, o.from());
          last = Math.max(last, o.to());
        }
      }
      if (first > last || first - along0 > overrun || along1 - last > overrun) {
        return null;
      }
      return new Line(horizontal, from, to, Math.max(along0, first), Math.min(along1, last));
    }

    /**
     * The line with an end that fades out a little before the border it was drawn to drawn on to it: a faint column
     * border (a light gray on a phone photo) may lose its last pixels to the threshold short of the table's bottom
     * border and then runs past its last crossing farther than {@code overrun}, which {@link #anchored} lets a border
     * run on, and is lost. Only such an end is drawn on, of a line that already parts two rows (it meets three borders
     * across), across a gap no longer than one {@link #continuedBy} bridges, to the border just beyond it, which must
     * span the line's place: a stroke of a character, one row high even in a coarse picture's low rows, meets no three
     * borders. A faint line is thin: strokes a coarse picture blurs into a column (a label's characters stacked over
     * rows) are thicker than a line that steps by {@link #WOBBLE} either way.
     */
    Line drawnOn(List<Line> across, int overrun) {
      List<Line> met = across.stream().filter(this::meets).toList();
      if (thickness() > 2 * WOBBLE + 1 || met.size() < 3) {
        return this;
      }
      int first = met.stream().mapToInt(Line::from).min().getAsInt();
      int last = met.stream().mapToInt(Line::to).max().getAsInt();
      int start = along0;
      int end = along1;
      for (Line o : across) {
        if (at() < o.along0 - TOUCH || at() > o.along1 + TOUCH || meets(o)) {
          continue;
        }
        if (along1 - last > overrun && o.from > along1 && o.from - along1 <= BRIDGED_GAP) {
          end = Math.max(end, o.at());
        } else if (first - along0 > overrun && o.to < along0 && along0 - o.to <= BRIDGED_GAP) {
          start = Math.min(start, o.at());
        }
      }
      return start == along0 && end == along1 ? this : new Line(horizontal, from, to, start, end);
    }

    /** Whether the line of the other direction {@code o} crosses this one, or one's end touches the other. */
    boolean meets(Line o) {
      int reach = o.thickness() / 2 + TOUCH;
      return o.at() >= along0 - reach && o.at() <= along1 + reach && at() >= o.along0 - TOUCH && at() <= o.along1 + TOUCH;
    }

    /** Whether {@code o} goes on along this line after a gap a scan left in it. */
    boolean continuedBy(Line o) {
      return Math.abs(o.at() - at()) <= WOBBLE + 1 && o.along0 > along1 && o.along0 - along1 <= BRIDGED_GAP;
    }
  }

  final List<Line> horizontal;
  final List<Line> vertical;
  /**
   * The parts of horizontals that run on, clear of text, past their last crossing border by at least a line's
   * height: where a table's rows run on so, its last column has lost its closing border (a table wider than its page
   * cut by the picture's edge, or a border the scan lost), see {@link Grid}.
   */
  final List<Line> runOn;
  /** Pixels of the rulings, to be left out of the text. */
  final boolean[] erased;

  private Rulings(List<Line> horizontal, List<Line> vertical, List<Line> runOn, boolean[] erased) {
    this.horizontal = horizontal;
    this.vertical = vertical;
    this.runOn = runOn;
    this.erased = erased;
  }

  static Rulings of(Ink page) {
    int minHorizontal = Math.max(8, page.width / MIN_HORIZONTAL_FRACTION);
    List<Line> h = joined(lines(page, true, minHorizontal));
    List<Line> v = joined(lines(page, false, Math.max(8, page.width / MIN_VERTICAL_FRACTION)));
    // A column border may run on into a stroke of a character written just above or below its end (pieces of a
    // line as far apart as Line.continuedBy bridges join), as far as that gap and a glyph's height. A row's text lies
    // along a horizontal, whose strokes joined into a band as high as the text would pass for one: a horizontal must
    // end on its crossings. A thin one may run on into the text of a merged label centred on it (三、本年度办理结果
    // beside the border between two of its rows), which the scan joins to it: it is kept from its first to its last
    // crossing, where it is still a ruling's length; what runs on past its last crossing clear of text is kept apart.
    List<Line> hs = new ArrayList<>();
    List<Line> runOn = new ArrayList<>();
    for (Line found : h) {
      Line l = thin(page, found) ? found : core(page, found);
      Line a = l.anchored(v, thin(page, l) ? Integer.MAX_VALUE : 2 * TOUCH);
      if (a == null || a.length() < minHorizontal || sideInk(page, a) > MAX_SIDE_INK) {
        continue;
      }
      hs.add(a);
      Line past = new Line(true, l.from(), l.to(), a.along1(), l.along1());
      if (past.length() >= page.lineHeight() && sideInk(page, past) <= MAX_SIDE_INK) {
        runOn.add(past);
      }
    }
    int overrun = page.width / MIN_VERTICAL_FRACTION + BRIDGED_GAP;
    List<Line> candidates = v.stream().map(l -> l.drawnOn(hs, overrun).anchored(h, overrun)).filter(Objects::nonNull)
        .toList();
    List<Line> clear = candidates.stream().flatMap(l -> bordered(page, l, hs, List.of()).stream()).toList();
    List<Line> anchored = candidates.stream().flatMap(l -> bordered(page, l, hs, clear).stream()).toList();
    // A border one text line high is as long as a stroke of the text beside it (计 in a row no higher than its
    // text): it counts only where a longer border runs in the same column, as the borders of a table's columns do,
    // a few pixels apart at most where a row is drawn shifted, or where it parts a row drawn alone (a table's last
    // row carried over to the next page), boxed by borders of its own.
    int longer = page.width / MIN_COLUMN_BORDER_FRACTION;
    List<Line> vs = anchored.stream().filter(l -> l.length() >= longer
        || anchored.stream().anyMatch(o -> o.length() >= longer && Math.abs(o.at() - l.at()) <= TOUCH)
        || inLoneRow(l, hs, anchored)).toList();
    boolean[] erased = new boolean[page.ink.length];
    hs.forEach(l -> erase(page, l, erased));
    vs.forEach(l -> erase(page, l, erased));
    runOn.forEach(l -> erase(page, l, erased));
    return new Rulings(hs, vs, runOn, erased);
  }

  /**
   * Whether the vertical {@code l} parts a row of cells drawn alone: it runs from one horizontal to the next, which
   * span alike, with borders of the row's height at both their ends and at least {@link #MIN_LONE_ROW_CELLS} cells
   * between, and no border of a longer table crossing them. A character's stroke makes no such row of boxes: a row
   * of a table whose text is as high as it is found by the table's longer borders instead.
   */
  private static boolean inLoneRow(Line l, List<Line> horizontals, List<Line> verticals) {
    List<Line> ends = horizontals.stream().filter(l::meets).sorted((a, b) -> Integer.compare(a.at(), b.at())).toList();
    if (ends.size() != 2) {
      return false;
    }
    Line top = ends.get(0);
    Line bottom = ends.get(1);
    if (Math.abs(top.along0() - bottom.along0()) > 2 * TOUCH || Math.abs(top.along1() - bottom.along1()) > 2 * TOUCH) {
      return false;
    }
    List<Line> across = verticals.stream().filter(v -> v.meets(top) || v.meets(bottom)).toList();
    boolean boxed = across.stream().allMatch(v -> v.meets(top) && v.meets(bottom)
        && v.along0() >= top.from() - TOUCH && v.along1() <= bottom.to() + TOUCH);
    return boxed && across.size() > MIN_LONE_ROW_CELLS
        && across.stream().anyMatch(v -> Math.abs(v.at() - top.along0()) <= 2 * TOUCH)
        && across.stream().anyMatch(v -> Math.abs(v.at() - top.along1()) <= 2 * TOUCH);
  }

  /**
   * The rows of a thick horizontal that are the ruling: a line of text set against a border (a heading printed on the
   * border of the table above it, or touching it once scanned) has strokes that, with the gaps a scan bridges, make
   * runs as long as a ruling in every row of the text, joined to the border's rows into one band as high as the text,
   * whose erasing would take the text with it. A ruling's row is dark all along, but for a pixel's gap; a row of text
   * is parted between its strokes. The ruling's rows are the run of rows around the one with the longest such run
   * whose runs are at least {@link #CORE_SHARE} of it; a thick ruling is dark alike in all its rows.
   */
  private static Line core(Ink page, Line l) {
    int[] longest = new int[l.thickness()];
    int best = 0;
    for (int a = l.from(); a <= l.to(); a++) {
      int run = 0;
      int gap = 0;
      for (int i = l.along0(); i <= l.along1(); i++) {
        if (page.dark[a * page.width + i]) {
          run += gap + 1;
          gap = 0;
        } else if (run > 0 && ++gap > WOBBLE) {
          run = 0;
          gap = 0;
        }
        longest[a - l.from()] = Math.max(longest[a - l.from()], run);
      }
      best = longest[a - l.from()] > longest[best] ? a - l.from() : best;
    }
    int from = best;
    int to = best;
    while (from > 0 && longest[from - 1] >= CORE_SHARE * longest[best]) {
      from--;
    }
    while (to + 1 < longest.length && longest[to + 1] >= CORE_SHARE * longest[best]) {
      to++;
    }
    return new Line(true, l.from() + from, l.from() + to, l.along0(), l.along1());
  }

  /** Whether the line is at most half as thick as a line of body text is high. */
  private static boolean thin(Ink page, Line l) {
    return l.thickness() * 2 <= page.lineHeight();
  }

  /**
   * The parts of a vertical line that are borders: it is cut where it crosses the horizontals, and each piece between
   * two of them is kept where it has paper beside it. A column border runs from one row border to another, so a
   * stroke that touches one horizontal only is none; and a border that runs on through a line of text between two
   * tables (a heading's stroke lined up with it) is cut there, so the two tables stay two grids.
   *
   * <p>Text set close against a border (a narrow column's names and counts, as a 150 dpi scan shows them) inks one
   * side of it all along. Such a piece is a border still where it is dark from one row border to the next with paper
   * on its other side, in a row of a table ({@code clear}, the borders with paper on both sides, hold another border
   * across the same row), and the line goes on as a border through a row border into the next row or the row before:
   * a stroke of a count one line high, or of a heading between two tables, ends at its row.
   */
  private static List<Line> bordered(Ink page, Line l, List<Line> horizontals, List<Line> clear) {
    int[] crossings = horizontals.stream().filter(l::meets).mapToInt(Line::at).sorted().distinct().toArray();
    int pieces = Math.max(0, crossings.length - 1);
    boolean[] sided = new boolean[pieces]; // paper on both sides
    boolean[] oneSided = new boolean[pieces]; // text set against one side
    for (int i = 0; i < pieces; i++) {
      // The ends of the piece, clear of the horizontals' own pixels.
      int a = crossings[i] + TOUCH;
      int b = crossings[i + 1] - TOUCH;
      Line piece = new Line(false, l.from(), l.to(), a, b);
      sided[i] = b < a || sideInk(page, piece) <= MAX_SIDE_INK;
      oneSided[i] = !sided[i] && inTableRow(l, crossings[i], crossings[i + 1], clear)
          && solid(page, new Line(false, l.from(), l.to(), crossings[i], crossings[i + 1])) && oneSideInk(page, piece) <= MAX_SIDE_INK;
    }
    List<Line> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < pieces; i++) {
      boolean border = sided[i] || (oneSided[i] && ((i > 0 && (sided[i - 1] || oneSided[i - 1]))
          || (i + 1 < pieces && (sided[i + 1] || oneSided[i + 1]))));
      if (border && start < 0) {
        start = crossings[i];
      }
      if (start >= 0 && (!border || i + 2 == crossings.length)) {
        out.add(new Line(false, l.from(), l.to(), start, border ? crossings[i + 1] : crossings[i]));
        start = -1;
      }
    }
    return out;
  }

  /** Whether another of the {@code clear} borders runs from row border {@code top} to {@code bottom} beside the line. */
  private static boolean inTableRow(Line l, int top, int bottom, List<Line> clear) {
    return clear.stream().anyMatch(o -> Math.abs(o.at() - l.at()) > TOUCH && o.along0() <= top + TOUCH && o.along1() >= bottom - TOUCH);
  }

  /**
   * Whether the vertical line is dark all along, but for a pixel or two a scan leaves: a border drawn from one row
   * border to the next, where a character's stroke stops a few pixels short of its row's borders.
   */
  private static boolean solid(Ink page, Line l) {
    int gap = 0;
    for (int a = l.along0(); a <= l.along1(); a++) {
      boolean dark = false;
      for (int w = Math.max(0, l.from() - WOBBLE); w <= Math.min(page.width - 1, l.to() + WOBBLE) && !dark; w++) {
        dark = page.dark[a * page.width + w];
      }
      gap = dark ? 0 : gap + 1;
      if (gap > WOBBLE + 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The share of a line's length with ink just beside it on its less inked side. Text set close against a column's
   * border (a count against its cell's left border) inks one side of it; a character's strokes cross a stroke of its
   * own, inking both.
   */
  private static double oneSideInk(Ink page, Line l) {
    return Math.min(inkBeside(page, l, true, false), inkBeside(page, l, false, true));
  }

  /**
   * The share of a line's length with ink just beside it, on either side. A cell's text keeps some paper from its
   * borders, while a character's stroke (申, 中, the strokes of 另行制 lined up in a row, or of characters stacked one
   * a line) is crossed by its other strokes.
   */
  private static double sideInk(Ink page, Line l) {
    return inkBeside(page, l, true, true);
  }

  /** The share of a line's length with ink between {@link #SIDE_FROM} and {@link #SIDE_TO} off it, on the sides asked. */
  private static double inkBeside(Ink page, Line l, boolean before, boolean after) {
    int across = l.horizontal() ? page.height : page.width;
    int n = 0;
    for (int a = l.along0(); a <= l.along1(); a++) {
      boolean side = false;
      for (int d = SIDE_FROM; d <= SIDE_TO && !side; d++) {
        int b = l.from() - WOBBLE - d;
        int f = l.to() + WOBBLE + d;
        side = (before && b >= 0 && inkAt(page, l.horizontal(), a, b)) || (after && f < across && inkAt(page, l.horizontal(), a, f));
      }
      n += side ? 1 : 0;
    }
    return (double) n / l.length();
  }

  private static boolean inkAt(Ink page, boolean horizontal, int along, int across) {
    return horizontal ? page.at(along, across) : page.at(across, along);
  }

  /** The lines with the pieces of one broken line joined. */
  private static List<Line> joined(List<Line> lines) {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort((a, b) -> Integer.compare(a.along0(), b.along0()));
    List<Line> out = new ArrayList<>();
    for (Line l : sorted) {
      int i = out.size() - 1;
      while (i >= 0 && !out.get(i).continuedBy(l)) {
        i--;
      }
      if (i < 0) {
        out.add(l);
      } else {
        Line a = out.get(i);
        out.set(i, new Line(a.horizontal(), Math.min(a.from(), l.from()), Math.max(a.to(), l.to()), a.along0(), Math.max(a.along1(), l.along1())));
      }
    }
    return out;
  }

  private static void erase(Ink page, Line l, boolean[] erased) {
    for (int a = Math.max(0, l.from() - WOBBLE); a <= Math.min(l.to() + WOBBLE, (l.horizontal() ? page.height : page.width) - 1); a++) {
      for (int i = l.along0(); i <= l.along1(); i++) {
        int p = l.horizontal() ? a * page.width + i : i * page.width + a;
        erased[p] |= page.dark[p];
      }
    }
  }

  /** Runs of at least {@code minLength} pixels, those in neighbouring rows (columns) joined into one line. */
  private static List<Line> lines(Ink page, boolean horizontal, int minLength) {
    int across = horizontal ? page.height : page.width;
    int along = horizontal ? page.width : page.height;
    List<Line> done = new ArrayList<>();
    List<int[]> open = new ArrayList<>(); // from, to, along0, along1
    for (int a = 0; a < across; a++) {
      List<int[]> stillOpen = new ArrayList<>();
      for (int[] run : runs(page, horizontal, a, across, along, minLength)) {
        int[] joined = null;
        for (int[] o : open) {
          if (o[1] == a - 1 && Math.min(o[3], run[1]) - Math.max(o[2], run[0]) > 0) {
            joined = o;
            break;
          }
        }
        if (joined == null) {
          joined = new int[] {a, a, run[0], run[1]};
        } else {
          open.remove(joined);
          joined[1] = a;
          joined[2] = Math.min(joined[2], run[0]);
          joined[3] = Math.max(joined[3], run[1]);
        }
        stillOpen.add(joined);
      }
      for (int[] o : open) {
        done.add(line(horizontal, o));
      }
      open = stillOpen;
    }
    for (int[] o : open) {
      done.add(line(horizontal, o));
    }
    return done;
  }

  /** A line found in a band widened by {@link #WOBBLE}: its middle rows are its own. */
  private static Line line(boolean horizontal, int[] o) {
    int from = o[1] - o[0] >= 2 * WOBBLE ? o[0] + WOBBLE : (o[0] + o[1]) / 2;
    int to = o[1] - o[0] >= 2 * WOBBLE ? o[1] - WOBBLE : (o[0] + o[1]) / 2;
    return new Line(horizontal, from, to, o[2], o[3]);
  }

  private static List<int[]> runs(Ink page, boolean horizontal, int a, int across, int along, int minLength) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    int last = -1;
    for (int i = 0; i <= along; i++) {
      if (i < along && dark(page, horizontal, a, across, i)) {
        if (start < 0 || i - last > MAX_GAP + 1) {
          if (start >= 0 && last - start + 1 >= minLength) {
            runs.add(new int[] {start, last});
          }
          start = i;
        }
        last = i;
      }
    }
    if (start >= 0 && last - start + 1 >= minLength) {
      runs.add(new int[] {start, last});
    }
    return runs;
  }

  private static boolean dark(Ink page, boolean horizontal, int a, int across, int i) {
    for (int w = Math.max(0, a - WOBBLE); w <= Math.min(across - 1, a + WOBBLE); w++) {
      if (horizontal ? page.dark[w * page.width + i] : page.dark[i * page.width + w]) {
        return true;
      }
    }
    return false;
  }
}
