package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * A page photographed from a little aside: the camera draws the sheet as a four-sided shape whose opposite sides are
 * not parallel, so that its rows of text and its rulings slope each by another angle, which no one turn of the page
 * straightens (rulings are then found in pieces, rows run into each other). Where the whole sheet lies on a dark field
 * ({@link Surround}), its outline shows the shape: the sheet is mapped back onto its rectangle, as a reader's eye
 * takes it. A page with no field around it, or one the picture cuts, or one merely turned, is left as it is.
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
    return warped(raw, width, height, corners, fieldGray(raw, field));
  }

  /**
   * The corners of the sheet inside the field (top left, top right, bottom right, bottom left): the points of the
   * area the field leaves farthest towards each corner of the picture. Null unless they lie inside the picture and
   * make a four-sided shape with corners near right angles that covers that area.
   */
  private static double[][] outline(boolean[] field, int width, int height) {
    int reach = Surround.reach(width);
    // The field's squares are centred at least reach from the picture's edge: the rim outside is neither.
    long[] best = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE};
    int[][] at = new int[4][2];
    long area = 0;
    for (int y = reach; y < height - reach; y++) {
      for (int x = reach; x < width - reach; x++) {
        if (field[y * width + x]) {
          continue;
        }
        area++;
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
    double[][] corners = new double[4][];
    for (int k = 0; k < 4; k++) {
      int x = at[k][0];
      int y = at[k][1];
      if (area == 0 || x <= reach || y <= reach || x >= width - 1 - reach || y >= height - 1 - reach) {
        return null;
      }
      corners[k] = new double[] {x, y};
    }
    double shape = 0;
    for (int k = 0; k < 4; k++) {
      double[] a = corners[k];
      double[] b = corners[(k + 1) % 4];
      shape += a[0] * b[1] - b[0] * a[1];
      double turn = Math.abs(Math.toDegrees(angleBetween(corners[(k + 3) % 4], a, b)) - 90);
      if (turn > MAX_CORNER_DEGREES) {
        return null;
      }
    }
    shape = Math.abs(shape) / 2;
    return Math.abs(area - shape) <= AREA_SLACK * shape ? corners : null;
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

  /** The field's mean gray, to lay around the sheet's rectangle: the field stays a field, cleared as one. */
  private static int fieldGray(int[] gray, boolean[] field) {
    long sum = 0;
    long n = 0;
    for (int i = 0; i < gray.length; i++) {
      if (field[i]) {
        sum += gray[i];
        n++;
      }
    }
    return (int) (sum / n);
  }

  /**
   * A picture as large as the original holding the sheet as the rectangle its sides make on average, where it lay,
   * each pixel sampled from where the outline's shape shows it; the field's gray around it.
   */
  private static BufferedImage warped(int[] gray, int width, int height, double[][] c, int around) {
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
        int v = around;
        if (x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h) {
          double d = m[6] * x + m[7] * y + 1;
          v = sample(gray, width, height, (m[0] * x + m[1] * y + m[2]) / d, (m[3] * x + m[4] * y + m[5]) / d, around);
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
