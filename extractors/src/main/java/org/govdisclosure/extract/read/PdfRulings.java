package org.govdisclosure.extract.read;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The ruling lines a page draws (stroked lines, and rectangles stroked or filled: Word draws cell borders either
 * way), in the text's coordinates (from the crop box's top left, y downwards). A piece of text with a ruling above,
 * below, left and right of it sits in a table cell, and those four rulings, its {@link Box}, tell which cell:
 * this holds also when a cell's text wraps over several printed lines or a merged cell spans rows.
 *
 * <p>The rulings are collected in the text pass over each page ({@link PdfLines}): the engine that reads the text
 * also runs the path operators this class gives it, so that a page's content stream is parsed once. Those operators
 * also set the clipping rectangles (which a text engine ignores), so that text clipped away is known ({@link #shown}).
 */
final class PdfRulings {

  /** Lines drawn this close together are one; text a little over a border is still inside. */
  private static final float TOLERANCE = 1f;
  /** A filled rectangle thinner than this is drawn as a line. */
  private static final float HAIRLINE = 3f;

  /** The cell a piece of text is in, as its four nearest rulings. */
  record Box(float top, float bottom, float left, float right) {

    boolean sameCell(Box o) {
      return near(top, o.top) && near(bottom, o.bottom) && near(left, o.left) && near(right, o.right);
    }
  }

  /** The space between two horizontal rulings; an infinite bound where there is none. */
  record Band(float above, float below) {

    /** Where the rulings are not known (text not upright in the page's frame). */
    static final Band NONE = new Band(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);

    boolean same(Band o) {
      return (above == o.above || near(above, o.above)) && (below == o.below || near(below, o.below));
    }
  }

  /** A horizontal or vertical segment: at {@code at} (y or x), from {@code from} to {@code to} along it. */
  private record Segment(float at, float from, float to) {

    boolean covers(float v) {
      return v >= from - TOLERANCE && v <= to + TOLERANCE;
    }
  }

  private final List<Segment> horizontal = new ArrayList<>();
  private final List<Segment> vertical = new ArrayList<>();
  /** The segments of the path being built, kept only if it is painted (a clipping path draws nothing). */
  private final List<float[]> path = new ArrayList<>();
  /**
   * The rectangles of the path being built, in user space: a clipping path made of them (as a spreadsheet clips each
   * cell's text to its cell) hides the glyphs outside it; one with other segments is not followed (its text kept).
   */
  private final Path2D.Float rectangles = new Path2D.Float();
  private boolean rectanglesOnly = true;
  private boolean clipping;
  private final PDFStreamEngine engine;
  private float left;
  private float top;
  private Point2D.Float current;

  private PdfRulings(PDFStreamEngine engine) {
    this.engine = engine;
  }

  /**
   * The rulings {@code engine} draws as it processes a page: its path operators (which a text engine has none of)
   * are added to it. Operands that are not numbers make an operator do nothing, as in PDFBox's own.
   */
  static PdfRulings drawnBy(PDFStreamEngine engine) {
    PdfRulings r = new PdfRulings(engine);
    r.add("m", 2, v -> r.moveTo(engine.transformedPoint(v[0], v[1])));
    r.add("l", 2, v -> r.lineTo(engine.transformedPoint(v[0], v[1])));
    // A curve is no ruling; it moves the current point to its end.
    r.add("c", 6, v -> r.moveTo(engine.transformedPoint(v[4], v[5])));
    r.add("v", 4, v -> r.moveTo(engine.transformedPoint(v[2], v[3])));
    r.add("y", 4, v -> r.moveTo(engine.transformedPoint(v[2], v[3])));
    r.add("re", 4, v -> r.rectangle(v[0], v[1], v[0] + v[2], v[1] + v[3]));
    // A closed path's closing edge matters only for rectangles, which come whole through "re": closing adds nothing.
    for (String stroke : List.of("S", "s", "B", "B*", "b", "b*")) {
      r.add(stroke, 0, v -> r.keepPath(false));
    }
    for (String fill : List.of("f", "F", "f*")) {
      r.add(fill, 0, v -> r.keepPath(true));
    }
    // A clipping path (W, W*) takes effect when the path is ended, painted or not ("n").
    for (String clip : List.of("W", "W*")) {
      r.add(clip, 0, v -> r.clipping = true);
    }
    r.add("n", 0, v -> r.endPath());
    return r;
  }

  /** Starts a page: its rulings are those its content stream draws from now on, in its crop box's frame. */
  void startPage(PDPage page) {
    PDRectangle crop = page.getCropBox();
    left = crop.getLowerLeftX();
    top = crop.getUpperRightY();
    horizontal.clear();
    vertical.clear();
    current = new Point2D.Float();
    clearPath();
  }

  /**
   * Whether a point (in user space) is inside the clipping rectangles in force, so that text there is printed: a
   * spreadsheet's cell clips a label too long for its row, and the lines it hides are no text of the page.
   */
  boolean shown(Point2D point) {
    return engine.getGraphicsState().getCurrentClippingPath().contains(point);
  }

  /** Ends a page's drawing: its rulings are ready to be looked up. */
  void endPage() {
    index();
  }

  private void add(String name, int operands, Consumer<float[]> action) {
    engine.addOperator(new OperatorProcessor(engine) {
      @Override
      public void process(Operator operator, List<COSBase> args) {
        if (args.size() < operands) {
          return;
        }
        float[] v = new float[operands];
        for (int i = 0; i < operands; i++) {
          if (!(args.get(i) instanceof COSNumber n)) {
            return;
          }
          v[i] = n.floatValue();
        }
        action.accept(v);
      }

      @Override
      public String getName() {
        return name;
      }
    });
  }

  /**
   * Sorts the segments by position, so that each piece of text finds its nearest rulings by searching outwards from
   * it instead of going through all of them. A segment at no number (NaN) never bounds anything and is dropped.
   */
  private void index() {
    for (List<Segment> segments : List.of(horizontal, vertical)) {
      segments.removeIf(seg -> Float.isNaN(seg.at()));
      segments.sort((a, b) -> Float.compare(a.at(), b.at()));
    }
  }

  /** The first of the sorted segments lying past {@code v} ({@code at > v}), or their number. */
  private static int firstPast(List<Segment> sorted, float v) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int m = (lo + hi) >>> 1;
      if (sorted.get(m).at() > v) {
        hi = m;
      } else {
        lo = m + 1;
      }
    }
    return lo;
  }

  /** The first of the sorted segments lying at or past {@code v} ({@code at >= v}), or their number. */
  private static int firstFrom(List<Segment> sorted, float v) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int m = (lo + hi) >>> 1;
      if (sorted.get(m).at() >= v) {
        hi = m;
      } else {
        lo = m + 1;
      }
    }
    return lo;
  }

  /**
   * The horizontal rulings nearest above and below text spanning {@code x} to {@code end} with its middle at height
   * {@code y}, infinite where there is none: lines between the same two rules are in one band, as a three-line
   * table's header is between its top rule and the rule under it.
   */
  Band band(float x, float end, float y) {
    float mid = (x + end) / 2;
    float above = Float.NEGATIVE_INFINITY;
    float below = Float.POSITIVE_INFINITY;
    // Each search goes outwards from the text, so the first segment that covers it is the nearest; the bounds are
    // tested again for text at no number (NaN), which no segment bounds.
    for (int i = firstFrom(horizontal, y) - 1; i >= 0; i--) {
      if (horizontal.get(i).at() < y && horizontal.get(i).covers(mid)) {
        above = horizontal.get(i).at();
        break;
      }
    }
    for (int i = firstPast(horizontal, y); i < horizontal.size(); i++) {
      if (horizontal.get(i).at() > y && horizontal.get(i).covers(mid)) {
        below = horizontal.get(i).at();
        break;
      }
    }
    return new Band(above, below);
  }

  /** The cell around text spanning {@code x} to {@code end} with its middle at height {@code y}, if ruled. */
  Optional<Box> box(float x, float end, float y) {
    Band band = band(x, end, y);
    float above = band.above();
    float below = band.below();
    float before = Float.NEGATIVE_INFINITY;
    float after = Float.POSITIVE_INFINITY;
    for (int i = firstPast(vertical, x + TOLERANCE) - 1; i >= 0; i--) {
      if (vertical.get(i).at() <= x + TOLERANCE && vertical.get(i).covers(y)) {
        before = vertical.get(i).at();
        break;
      }
    }
    for (int i = firstFrom(vertical, end - TOLERANCE); i < vertical.size(); i++) {
      if (vertical.get(i).at() >= end - TOLERANCE && vertical.get(i).covers(y)) {
        after = vertical.get(i).at();
        break;
      }
    }
    if (Float.isInfinite(above) || Float.isInfinite(below) || Float.isInfinite(before) || Float.isInfinite(after)) {
      return Optional.empty();
    }
    return Optional.of(new Box(above, below, before, after));
  }

  /**
   * The vertical rulings crossing height {@code y} strictly between {@code from} and {@code to}, left to right (one
   * for rulings drawn twice, as two cells' borders).
   */
  List<Float> verticalsBetween(float from, float to, float y) {
    List<Float> xs = new ArrayList<>();
    for (int i = firstPast(vertical, from + TOLERANCE); i < vertical.size() && vertical.get(i).at() < to - TOLERANCE; i++) {
      float x = vertical.get(i).at();
      if (vertical.get(i).covers(y) && (xs.isEmpty() || !near(xs.get(xs.size() - 1), x))) {
        xs.add(x);
      }
    }
    return xs;
  }

  static boolean near(float a, float b) {
    return Math.abs(a - b) <= TOLERANCE;
  }

  /** A rectangle from corner (x0, y0) to (x1, y1) in user space: its four edges. */
  private void rectangle(float x0, float y0, float x1, float y1) {
    Point2D.Float[] corners = {engine.transformedPoint(x0, y0), engine.transformedPoint(x1, y0), engine.transformedPoint(x1, y1),
        engine.transformedPoint(x0, y1)};
    for (int i = 0; i < 4; i++) {
      Point2D.Float a = corners[i];
      Point2D.Float b = corners[(i + 1) % 4];
      path.add(new float[] {a.x, a.y, b.x, b.y});
    }
    rectangles.moveTo(corners[0].x, corners[0].y);
    for (int i = 1; i < 4; i++) {
      rectangles.lineTo(corners[i].x, corners[i].y);
    }
    rectangles.closePath();
  }

  private void moveTo(Point2D.Float to) {
    current = to;
    rectanglesOnly = false;
  }

  private void lineTo(Point2D.Float to) {
    path.add(new float[] {current.x, current.y, to.x, to.y});
    current = to;
    rectanglesOnly = false;
  }

  /** Ends the path being built: a clipping path of rectangles narrows the clip of the graphics state. */
  private void endPath() {
    if (clipping && rectanglesOnly && rectangles.getCurrentPoint() != null) {
      engine.getGraphicsState().intersectClippingPath(new Area(rectangles));
    }
    clearPath();
  }

  private void clearPath() {
    path.clear();
    rectangles.reset();
    rectanglesOnly = true;
    clipping = false;
  }

  /**
   * Keeps the painted path's horizontal and vertical edges. Filled, only a thin rectangle is a ruling (a filled
   * background is not), and then as the line along its middle.
   */
  private void keepPath(boolean filled) {
    if (filled) {
      keepThinFill();
    } else {
      path.forEach(this::keep);
    }
    endPath();
  }

  private void keepThinFill() {
    if (path.size() != 4) {
      return;
    }
    float x0 = Float.POSITIVE_INFINITY, y0 = Float.POSITIVE_INFINITY, x1 = Float.NEGATIVE_INFINITY, y1 = Float.NEGATIVE_INFINITY;
    for (float[] s : path) {
      x0 = Math.min(x0, Math.min(s[0], s[2]));
      x1 = Math.max(x1, Math.max(s[0], s[2]));
      y0 = Math.min(y0, Math.min(s[1], s[3]));
      y1 = Math.max(y1, Math.max(s[1], s[3]));
    }
    if (y1 - y0 <= HAIRLINE) {
      keep(new float[] {x0, (y0 + y1) / 2, x1, (y0 + y1) / 2});
    } else if (x1 - x0 <= HAIRLINE) {
      keep(new float[] {(x0 + x1) / 2, y0, (x0 + x1) / 2, y1});
    }
  }

  private void keep(float[] s) {
    float x0 = s[0] - left;
    float x1 = s[2] - left;
    float y0 = top - s[1];
    float y1 = top - s[3];
    if (near(y0, y1) && !near(x0, x1)) {
      horizontal.add(new Segment((y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
    } else if (near(x0, x1) && !near(y0, y1)) {
      vertical.add(new Segment((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
    }
  }
}
