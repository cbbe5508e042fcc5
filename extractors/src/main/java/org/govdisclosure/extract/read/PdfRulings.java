package org.govdisclosure.extract.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines a page draws (stroked lines, and rectangles stroked or filled: Word draws cell borders either
 * way), in the text's coordinates (from the crop box's top left, y downwards). A piece of text with a ruling above,
 * below, left and right of it sits in a table cell, and those four rulings, its {@link Box}, tell which cell:
 * this holds also when a cell's text wraps over several printed lines or a merged cell spans rows.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

  /** Lines drawn this close together are one; text a little over a border is still inside. */
  private static final float TOLERANCE = 1f;
  /** A filled rectangle thinner than this is drawn as a line. */
  private static final float HAIRLINE = 3f;
  /**
   * Font selection and the operators that show text: rulings need none of them, and the text pass ({@link PdfLines})
   * has done that work already; loading a page's fonts again took half the time of this pass.
   */
  private static final Set<String> TEXT_OPERATORS = Set.of("Tf", "Tj", "TJ", "'", "\"");

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
  private final float left;
  private final float top;
  private Point2D.Float current = new Point2D.Float();

  private PdfRulings(PDPage page) {
    super(page);
    PDRectangle crop = page.getCropBox();
    left = crop.getLowerLeftX();
    top = crop.getUpperRightY();
  }

  /**
   * The rulings of a page, in its own frame: that of its upright text also when the page is displayed rotated; none
   * for drawings that cannot be read.
   */
  static PdfRulings of(PDPage page) {
    PdfRulings rulings = new PdfRulings(page);
    try {
      rulings.processPage(page);
    } catch (IOException | RuntimeException e) {
      // Without rulings the page's tables are read line by line, as when a PDF draws none.
      rulings.horizontal.clear();
      rulings.vertical.clear();
    }
    rulings.index();
    return rulings;
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

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (!TEXT_OPERATORS.contains(operator.getName())) {
      super.processOperator(operator, operands);
    }
  }

  static boolean near(float a, float b) {
    return Math.abs(a - b) <= TOLERANCE;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    Point2D[] corners = {p0, p1, p2, p3};
    for (int i = 0; i < 4; i++) {
      Point2D a = corners[i];
      Point2D b = corners[(i + 1) % 4];
      path.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
    }
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    path.add(new float[] {current.x, current.y, x, y});
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    // A closed path's closing edge matters only for rectangles, which come whole through appendRectangle.
  }

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void strokePath() {
    keepPath(false);
  }

  @Override
  public void fillPath(int windingRule) {
    keepPath(true);
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    keepPath(false);
  }

  @Override
  public void clip(int windingRule) {
    // The clipping path is ended (and so dropped) by the endPath that follows.
  }

  @Override
  public void drawImage(PDImage pdImage) {
    // Images carry no rulings.
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Shadings carry no rulings.
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
    path.clear();
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
