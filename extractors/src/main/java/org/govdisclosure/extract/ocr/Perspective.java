package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * A page photographed from a little aside: the camera draws the sheet as a four-sided shape whose opposite sides are
 * not parallel, so that its rows of text and its rulings slope each by another angle, which no one turn of the page
 * straightens (rulings are then found in pieces, rows run into each other). Where the whole sheet lies on a dark field
 * ({@link Surround}), its outline shows the shape: the sheet is mapped back onto its rectangle, as a reader's eye
 * takes it. A page with no field around it, or one merely turned, is left as it is.
 */
final class Perspective {

  /**
   * Sides of the outline this many degrees off one way or less are a rectangle's, which turning alone straightens: over
   * a page's side that is about as far as the corners, found to some pixels, can be off.
   */
  private static final double MIN_SLANT_DEGREES = 0.3;
  /** A camera held a little aside makes each corner's angle differ from a right one by a few degrees, not more. */
  private static final double MAX_CORNER_DEGREES = 12;
  /** The outline's shape fills the area inside the field but for its rim, within this share: else no sheet. */
  private static final double AREA_SLACK = 0.03;

  /**
   * What is laid around the sheet's rectangle and where the picture cut it: black, a field of one gray as dark as any
   * desk. The desk's own mean gray may be lighter than half the paper's, and one level over a third of the picture
   * would then be taken for the paper's own gray, the threshold set between it and the true paper.
   */
  private static final int FIELD = 0;

  private Perspective() {}

  /** The picture with the sheet mapped onto its rectangle, the field around it kept; the picture itself otherwise. */
  static BufferedImage squared(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] raw = Ink.grayOf(image);
    // The raw levels: the field is far darker than the dimmest paper, which flattening the shades would lift too.
    boolean[] field = Surround.field(raw, width, height, Ink.otsu(raw));
    if (field == null) {
      return image;
    }
    double[][] corners = outline(field, width, height);
    if (corners == null || !slanted(corners)) {
      return image;
    }
    return warped(raw, width, height, corners, Surround.reach(width) + Surround.RIM);
  }

  /**
   * The corners of the sheet inside the field (top left, top right, bottom right, bottom left), where the lines of
   * its four sides meet: a corner the picture cuts off lies beyond its edge, where the sides point. Null unless each
   * side runs straight along most of its length inside the picture and the four make a shape with corners near right
   * angles that covers the area inside the field.
   */
  private static double[][] outline(boolean[] field, int width, int height) {
    int reach = Surround.reach(width);
    int[][] rough = farthest(field, width, height, reach);
    if (rough == null) {
      return null;
    }
    double[][] sides = new double[4][];
    for (int k = 0; k < 4; k++) {
      sides[k] = side(field, width, height, reach, rough, k);
      if (sides[k] == null) {
        return null;
      }
    }
    double[][] corners = new double[4][];
    for (int k = 0; k < 4; k++) {
      // Corner k ends side k - 1 and starts side k (top, right, bottom, left).
      corners[k] = meet(sides[(k + 3) % 4], (k + 3) % 4, sides[k]);
      if (corners[k] == null) {
        return null;
      }
    }
    for (int k = 0; k < 4; k++) {
      double turn = Math.abs(Math.toDegrees(angleBetween(corners[(k + 3) % 4], corners[k], corners[(k + 1) % 4])) - 90);
      if (turn > MAX_CORNER_DEGREES) {
        return null;
      }
    }
    return covers(field, width, height, reach, corners) ? corners : null;
  }

  /**
   * The points of the area the field leaves farthest towards each corner of the picture, in the order of
   * {@link #outline}: near the sheet's corners, or where the picture cuts them. Null when the field leaves none.
   */
  private static int[][] farthest(boolean[] field, int width, int height, int reach) {
    // The field's squares are centred at least reach from the picture's edge: the rim outside is neither.
    long[] best = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE};
    int[][] at = new int[4][2];
    boolean any = false;
    for (int y = reach; y < height - reach; y++) {
      for (int x = reach; x < width - reach; x++) {
        if (field[y * width + x]) {
          continue;
        }
        any = true;
        long[] keys = {x + y, x - y, x + y, x - y};
        for (int k = 0; k < 4; k++) {
          boolean better = k == 0 || k == 3 ? keys[k] < best[k] : keys[k] > best[k];
          if (better) {
            best[k] = keys[k];
            at[k][0] = x;
            at[k][1] = y;
          }
        }
      }
    }
    return any ? at : null;
  }

  /**
   * Side {@code k} (top, right, bottom, left) as the line {@code across = a * along + b} (y by x for the top and
   * bottom, x by y for the others), fitted to the field's edge met coming in from the picture's edge on the lines
   * between the side's rough ends, but for their ends (a corner rounds) and where the sheet reaches the picture's
   * edge; refitted twice, each time closer, without the points off it (a shadow, a fold, glare). Null unless most of the
   * points lie on it and they span an eighth of its length, enough to tell its slope (a few pixels at its far end).
   */
  private static double[] side(boolean[] field, int width, int height, int reach, int[][] rough, int k) {
    boolean horizontal = k % 2 == 0;
    int[] from = rough[k];
    int[] to = rough[(k + 1) % 4];
    int a = horizontal ? Math.min(from[0], to[0]) : Math.min(from[1], to[1]);
    int b = horizontal ? Math.max(from[0], to[0]) : Math.max(from[1], to[1]);
    int margin = (b - a) / 10;
    int span = horizontal ? height : width;
    boolean forward = k == 0 || k == 3;
    double[] along = new double[b - a];
    double[] across = new double[b - a];
    int n = 0;
    for (int t = a + margin; t < b - margin; t++) {
      int s = forward ? reach : span - 1 - reach;
      int step = forward ? 1 : -1;
      int edge = -1;
      for (; s >= reach && s < span - reach; s += step) {
        if (!field[horizontal ? s * width + t : t * width + s]) {
          edge = s;
          break;
        }
      }
      boolean cut = edge == (forward ? reach : span - 1 - reach);
      if (edge >= 0 && !cut) {
        along[n] = t;
        across[n] = edge;
        n++;
      }
    }
    double[] line = fit(along, across, n, 0, null);
    for (int tolerance : new int[] {4 * reach, reach}) {
      line = line == null ? null : fit(along, across, n, tolerance, line);
    }
    return line != null && line[2] >= n / 2.0 && line[2] >= (b - a) / 8.0 ? line : null;
  }

  /**
   * The least squares line through those of the first {@code n} points within {@code tolerance} of the line
   * {@code near} (all when it is null): slope, intercept, points used; null under two.
   */
  private static double[] fit(double[] along, double[] across, int n, double tolerance, double[] near) {
    double st = 0;
    double ss = 0;
    double stt = 0;
    double sts = 0;
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (near != null && Math.abs(across[i] - (near[0] * along[i] + near[1])) > tolerance) {
        continue;
      }
      st += along[i];
      ss += across[i];
      stt += along[i] * along[i];
      sts += along[i] * across[i];
      m++;
    }
    double det = m * stt - st * st;
    if (m < 2 || det == 0) {
      return null;
    }
    double slope = (m * sts - st * ss) / det;
    return new double[] {slope, (ss - slope * st) / m, m};
  }

  /** Where side {@code i}'s line meets the next side's (one horizontal, one vertical), as x, y. */
  private static double[] meet(double[] first, int i, double[] second) {
    double[] level = i % 2 == 0 ? first : second;
    double[] upright = i % 2 == 0 ? second : first;
    // y = p x + q and x = r y + s.
    double det = 1 - level[0] * upright[0];
    if (Math.abs(det) < 1e-9) {
      return null;
    }
    double y = (level[0] * upright[1] + level[1]) / det;
    return new double[] {upright[0] * y + upright[1], y};
  }

  /**
   * Whether the shape the corners make and the area the field leaves inside the picture differ by at most
   * {@link #AREA_SLACK} of that area: the field is then the desk around one sheet.
   */
  private static boolean covers(boolean[] field, int width, int height, int reach, double[][] c) {
    long area = 0;
    long differ = 0;
    for (int y = reach; y < height - reach; y++) {
      for (int x = reach; x < width - reach; x++) {
        boolean sheet = !field[y * width + x];
        area += sheet ? 1 : 0;
        differ += sheet != inside(c, x, y) ? 1 : 0;
      }
    }
    return area > 0 && differ <= AREA_SLACK * area;
  }

  /** Whether the point lies inside the convex shape the corners make, going round clockwise on the picture. */
  private static boolean inside(double[][] c, double x, double y) {
    for (int k = 0; k < 4; k++) {
      double[] a = c[k];
      double[] b = c[(k + 1) % 4];
      if ((b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The angle at {@code b} between the sides to {@code a} and to {@code c}, in radians. */
  private static double angleBetween(double[] a, double[] b, double[] c) {
    double ux = a[0] - b[0];
    double uy = a[1] - b[1];
    double vx = c[0] - b[0];
    double vy = c[1] - b[1];
    return Math.acos((ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy)));
  }

  /**
   * Whether the outline is no rectangle: its four sides, the left and right ones turned by a right angle, do not all
   * run one way (a camera aside draws opposite sides apart, a camera aslant draws the sides aslant of each other).
   */
  private static boolean slanted(double[][] c) {
    double[] ways = {direction(c[0], c[1]), direction(c[3], c[2]), direction(c[0], c[3]) - Math.PI / 2, direction(c[1], c[2]) - Math.PI / 2};
    double least = Arrays.stream(ways).min().orElseThrow();
    double most = Arrays.stream(ways).max().orElseThrow();
    return Math.toDegrees(most - least) > MIN_SLANT_DEGREES;
  }

  private static double direction(double[] from, double[] to) {
    return Math.atan2(to[1] - from[1], to[0] - from[0]);
  }

  /**
   * A picture as large as the original holding the sheet as the rectangle its sides make on average, where it lay,
   * each pixel sampled from where the outline's shape shows it; {@link #FIELD} around it and over the rectangle's
   * {@code rim}: the outline runs that far outside the paper's edge (the field's squares stop short of it by their
   * half width), over desk lighter than the field's darkest, which, left, would be a dark border along the sheet
   * that joins every line of print beside it into one.
   */
  private static BufferedImage warped(int[] gray, int width, int height, double[][] c, int rim) {
    double w = (Math.hypot(c[1][0] - c[0][0], c[1][1] - c[0][1]) + Math.hypot(c[2][0] - c[3][0], c[2][1] - c[3][1])) / 2;
    double h = (Math.hypot(c[3][0] - c[0][0], c[3][1] - c[0][1]) + Math.hypot(c[2][0] - c[1][0], c[2][1] - c[1][1])) / 2;
    double cx = (c[0][0] + c[1][0] + c[2][0] + c[3][0]) / 4;
    double cy = (c[0][1] + c[1][1] + c[2][1] + c[3][1]) / 4;
    double x0 = Math.max(0, Math.min(width - 1 - w, cx - w / 2));
    double y0 = Math.max(0, Math.min(height - 1 - h, cy - h / 2));
    double[][] rectangle = {{x0, y0}, {x0 + w, y0}, {x0 + w, y0 + h}, {x0, y0 + h}};
    double[] m = homography(rectangle, c);
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int v = FIELD;
        if (x >= x0 + rim && x <= x0 + w - rim && y >= y0 + rim && y <= y0 + h - rim) {
          double d = m[6] * x + m[7] * y + 1;
          v = sample(gray, width, height, (m[0] * x + m[1] * y + m[2]) / d, (m[3] * x + m[4] * y + m[5]) / d, FIELD);
        }
        pixels[y * width + x] = (byte) v;
      }
    }
    return out;
  }

  /** The gray at a point between pixels, weighed from the four around it; {@code outside} off the picture. */
  private static int sample(int[] gray, int width, int height, double x, double y, int outside) {
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) {
      return outside;
    }
    double fx = x - x0;
    double fy = y - y0;
    int i = y0 * width + x0;
    double top = gray[i] * (1 - fx) + gray[i + 1] * fx;
    double bottom = gray[i + width] * (1 - fx) + gray[i + width + 1] * fx;
    return (int) Math.round(top * (1 - fy) + bottom * fy);
  }

  /** The projective map taking each point {@code from[k]} to {@code to[k]}: 8 coefficients, the ninth 1. */
  private static double[] homography(double[][] from, double[][] to) {
    double[][] a = new double[8][9];
    for (int k = 0; k < 4; k++) {
      double x = from[k][0];
      double y = from[k][1];
      double u = to[k][0];
      double v = to[k][1];
      a[2 * k] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
      a[2 * k + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
    }
    for (int col = 0; col < 8; col++) {
      int pivot = col;
      for (int r = col + 1; r < 8; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int r = 0; r < 8; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int k = col; k < 9; k++) {
            a[r][k] -= f * a[col][k];
          }
        }
      }
    }
    double[] m = new double[8];
    for (int k = 0; k < 8; k++) {
      m[k] = a[k][8] / a[k][k];
    }
    return m;
  }
}
