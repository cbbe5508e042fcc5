package org.govdisclosure.extract.ocr;

/**
 * The paper's shade where it is not the page's: a header row or a label cell printed on a gray or colored fill, or
 * the far side of a photographed page that the lamp lit less. One ink threshold for the page reads such a fill as
 * paper in one place and as ink in another, speckled, so that rulings are found all across it; a reader sees paper
 * there, lighter than the print on it. The local shade is what is left of the page when every mark thinner than a
 * sixtieth of its width (strokes, rulings, dust) is filled in with the paper around it, along rows and then along
 * columns: a fill wider and higher than that keeps its shade. Where the local shade is darker than the page's paper
 * (and lighter than half of it: a solid mass of ink is no fill), the gray levels are lifted by their ratio to it, so
 * that the fill becomes the page's paper and the print on it keeps its contrast. Where it is lighter (the lamp's near
 * side, lighter than most of the page), they are lowered alike: else the paper would show two levels, and the ink
 * threshold, set between the two most common, would fall between them and make the dimmer paper ink. Elsewhere they
 * are left as they are.
 */
final class Background {

  /**
   * The side as a share of the picture's width: 1/60 is 27 pixels on an A4 page at 200 dpi, wider than a
   * bold heading's stroke (5) and than the gaps between lines of text, narrower than a table's row.
   */
  private static final int WIDTH_SHARE = 60;
  private static final int MIN_SIDE = 9;
  /**
   * Gray levels by which the local shade may fall short of the paper before it is lifted: the paper's grain, left
   * after the box blur, keeps an unshaded page as it is.
   */
  private static final int GRAIN = 4;

  private Background() {}

  /**
   * The gray levels with fills and dim light lifted to the paper, the array itself changed.
   *
   * @param paper the page's paper gray level
   */
  static int[] flattened(int[] gray, int width, int height, int paper) {
    int side = Math.max(MIN_SIDE, width / WIDTH_SHARE) | 1;
    if (width < side || height < side) {
      return gray;
    }
    int[] shade = boxBlurred(gray, width, height);
    // The brightest level within the side, then the darkest of those, along rows and then along columns: marks
    // thinner than it are gone.
    slide(shade, width, height, side, true, true);
    slide(shade, width, height, side, true, false);
    slide(shade, width, height, side, false, true);
    slide(shade, width, height, side, false, false);
    for (int i = 0; i < gray.length; i++) {
      int local = shade[i] + GRAIN;
      if (local < paper && 2 * shade[i] > paper) {
        gray[i] = Math.min(255, gray[i] * paper / local);
      } else if (shade[i] - GRAIN > paper) {
        gray[i] = gray[i] * paper / shade[i];
      }
    }
    return gray;
  }

  /** The mean of each pixel's 3×3 square: the paper's grain is smoothed so that its brightest speck sets no level. */
  private static int[] boxBlurred(int[] gray, int width, int height) {
    int[] across = new int[gray.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        across[i] = gray[i] + gray[x > 0 ? i - 1 : i] + gray[x < width - 1 ? i + 1 : i];
      }
    }
    int[] out = new int[gray.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        out[i] = (across[i] + across[y > 0 ? i - width : i] + across[y < height - 1 ? i + width : i]) / 9;
      }
    }
    return out;
  }

  /**
   * Replaces each value by the greatest ({@code max}) or least within {@code side} along rows ({@code rows}) or
   * columns, in time independent of {@code side} (van Herk / Gil–Werman: running extremes from each block's ends).
   */
  private static void slide(int[] v, int width, int height, int side, boolean rows, boolean max) {
    int length = rows ? width : height;
    int lines = rows ? height : width;
    int step = rows ? 1 : width;
    int half = side / 2;
    int[] line = new int[length];
    int[] forward = new int[length];
    int[] backward = new int[length];
    for (int l = 0; l < lines; l++) {
      int start = rows ? l * width : l;
      for (int k = 0; k < length; k++) {
        line[k] = v[start + k * step];
      }
      for (int k = 0; k < length; k++) {
        forward[k] = k % side == 0 ? line[k] : pick(forward[k - 1], line[k], max);
      }
      for (int k = length - 1; k >= 0; k--) {
        backward[k] = k == length - 1 || (k + 1) % side == 0 ? line[k] : pick(backward[k + 1], line[k], max);
      }
      for (int k = 0; k < length; k++) {
        int lo = Math.max(0, k - half);
        int hi = Math.min(length - 1, k + half);
        v[start + k * step] = pick(backward[lo], forward[hi], max);
      }
    }
  }

  private static int pick(int a, int b, boolean max) {
    return max ? Math.max(a, b) : Math.min(a, b);
  }
}
