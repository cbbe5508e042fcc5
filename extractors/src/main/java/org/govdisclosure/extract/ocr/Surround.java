package org.govdisclosure.extract.ocr;

/**
 * What lies around the paper in a photograph or a scan with its lid open: the desk or the scanner's cover, a dark
 * field from the picture's edge to the paper's. Taken for ink it is one mass as large as the page, whose edges read
 * as rulings and whose gray sets the ink threshold between it and the paper, so that nothing on the page is read;
 * it is made paper. It is told from print by its extent: dark everywhere across a square wider than any stroke
 * (a ruling, a bold character, the border of a table cut by the picture's edge), reached from the picture's edge
 * through such squares.
 */
final class Surround {

  /**
   * The square's half width as a share of the picture's width: 1/200 is 8 pixels on an A4 page at 200 dpi, where a
   * ruling is 2–4 pixels and a bold heading's stroke 5.
   */
  private static final int WIDTH_SHARE = 200;
  private static final int MIN_REACH = 4;
  /** The paper's edge, blurred by the lens or the scan, is a few pixels of gray beyond the dark field. */
  static final int RIM = 2;

  private Surround() {}

  /**
   * The gray levels with the surround made paper, the array itself changed; unchanged when the picture has none.
   *
   * @param threshold the gray level at or under which a pixel is dark
   */
  static int[] cleared(int[] gray, int width, int height, int threshold) {
    boolean[] field = field(gray, width, height, threshold);
    if (field != null) {
      whiten(gray, width, height, field, reach(width) + RIM, Ink.paper(gray));
    }
    return gray;
  }

  /**
   * The centres of the dark squares reached from the picture's edge, or null when there are none: the field and the
   * paper's edge against it lie within {@link #reach} of them.
   */
  static boolean[] field(int[] gray, int width, int height, int threshold) {
    int reach = reach(width);
    if (width <= 2 * reach || height <= 2 * reach) {
      return null;
    }
    boolean[] solid = solidSquares(gray, width, height, threshold, reach);
    boolean[] field = new boolean[gray.length];
    int[] stack = new int[gray.length];
    int top = 0;
    for (int x = reach; x < width - reach; x++) {
      top = seed(solid, field, stack, top, reach * width + x);
      top = seed(solid, field, stack, top, (height - 1 - reach) * width + x);
    }
    for (int y = reach; y < height - reach; y++) {
      top = seed(solid, field, stack, top, y * width + reach);
      top = seed(solid, field, stack, top, y * width + width - 1 - reach);
    }
    if (top == 0) {
      return null;
    }
    while (top > 0) {
      int i = stack[--top];
      int x = i % width;
      int y = i / width;
      if (x > 0) {
        top = seed(solid, field, stack, top, i - 1);
      }
      if (x < width - 1) {
        top = seed(solid, field, stack, top, i + 1);
      }
      if (y > 0) {
        top = seed(solid, field, stack, top, i - width);
      }
      if (y < height - 1) {
        top = seed(solid, field, stack, top, i + width);
      }
    }
    return field;
  }

  /** The half width of the squares the field is made of, in pixels of a picture {@code width} wide. */
  static int reach(int width) {
    return Math.max(MIN_REACH, width / WIDTH_SHARE);
  }

  /** Pushes pixel {@code i} when it is the centre of a dark square not yet reached. */
  private static int seed(boolean[] solid, boolean[] field, int[] stack, int top, int i) {
    if (solid[i] && !field[i]) {
      field[i] = true;
      stack[top++] = i;
    }
    return top;
  }

  /** Whether each pixel is the centre of a square of side {@code 2 reach + 1} that is dark all over. */
  private static boolean[] solidSquares(int[] gray, int width, int height, int threshold, int reach) {
    // Dark pixels counted over every rectangle from the origin: a square's count is four lookups.
    int[] sum = new int[(width + 1) * (height + 1)];
    for (int y = 0; y < height; y++) {
      int row = 0;
      for (int x = 0; x < width; x++) {
        row += gray[y * width + x] <= threshold ? 1 : 0;
        sum[(y + 1) * (width + 1) + x + 1] = sum[y * (width + 1) + x + 1] + row;
      }
    }
    int side = 2 * reach + 1;
    boolean[] solid = new boolean[gray.length];
    for (int y = reach; y < height - reach; y++) {
      for (int x = reach; x < width - reach; x++) {
        int x0 = x - reach;
        int y0 = y - reach;
        int dark = sum[(y0 + side) * (width + 1) + x0 + side] - sum[y0 * (width + 1) + x0 + side]
            - sum[(y0 + side) * (width + 1) + x0] + sum[y0 * (width + 1) + x0];
        solid[y * width + x] = dark == side * side;
      }
    }
    return solid;
  }

  /**
   * Makes paper every pixel within {@code reach} of a pixel of the field (a square's centre, so its whole square): of
   * the paper's gray, not white, for a field made white would be a second peak, as large as a third of the picture,
   * above paper that is not white, and the ink threshold, set between the two, would fall inside the paper.
   */
  private static void whiten(int[] gray, int width, int height, boolean[] field, int reach, int paper) {
    // Row by row: the field's pixels spread across, then the spread rows down and up.
    boolean[] across = new boolean[gray.length];
    for (int y = 0; y < height; y++) {
      int last = Integer.MIN_VALUE / 2;
      for (int x = 0; x < width; x++) {
        last = field[y * width + x] ? x : last;
        across[y * width + x] = x - last <= reach;
      }
      last = Integer.MAX_VALUE / 2;
      for (int x = width - 1; x >= 0; x--) {
        last = field[y * width + x] ? x : last;
        across[y * width + x] |= last - x <= reach;
      }
    }
    for (int x = 0; x < width; x++) {
      int last = Integer.MIN_VALUE / 2;
      for (int y = 0; y < height; y++) {
        last = across[y * width + x] ? y : last;
        if (y - last <= reach) {
          gray[y * width + x] = paper;
        }
      }
      last = Integer.MAX_VALUE / 2;
      for (int y = height - 1; y >= 0; y--) {
        last = across[y * width + x] ? y : last;
        if (last - y <= reach) {
          gray[y * width + x] = paper;
        }
      }
    }
  }
}
