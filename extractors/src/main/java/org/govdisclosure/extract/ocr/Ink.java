package org.govdisclosure.extract.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.function.IntUnaryOperator;
import org.govdisclosure.extract.read.PageOcr;

/**
 * A page image as gray levels and as ink (dark pixels), straightened. Scanners and photographs turn a page by a
 * degree or two; the rulings and text lines are found along rows and columns of pixels, so the page is first turned
 * back by the angle at which its ink lines up best.
 */
final class Ink {

  /** Scans are fed by hand or by a feeder: a few degrees at most; past this the page is read as it is. */
  private static final double MAX_SKEW_DEGREES = 3;
  private static final double SKEW_STEP_DEGREES = 0.1;
  /** The width of an A4 page at 150 dpi, the coarsest the seeds' pictures read in full at. */
  private static final int MIN_WIDTH = 1240;
  /**
   * A speck of dust: at most this many pixels of ink, all touching, with no other ink but rulings within
   * {@link #SPECK_CLEARANCE} pixels. A scanner's dust is a pixel or two, blurred by JPEG; at 150 dpi or finer (smaller
   * pictures are enlarged to it) the least mark of print, a decimal point or an ordinal's full stop, is some six
   * pixels and sits two or three from the digits beside it.
   */
  private static final int MAX_SPECK_PIXELS = 3;
  private static final int SPECK_CLEARANCE = 2;
  /** A page holds about this many characters of body text across its paper: its width over this is a line's height. */
  static final int LINES_ACROSS = 57;
  /** How far a page's width over its height may be from {@link PageOcr#PAGE_SHAPE} for paper turned to landscape. */
  private static final double TURNED_SHAPE_SLACK = 0.06;

  final int width;
  final int height;
  /** Gray levels, 0 black to 255 white, row by row. */
  final int[] gray;
  final boolean[] ink;
  /**
   * Pixels darker than the paper by half the way to the ink threshold: a thin ruling, blurred by a scan or by
   * straightening, fades to gray that the ink threshold would break into dashes.
   */
  final boolean[] dark;
  /** The angle the page was turned back by, in degrees. */
  final double skew;
  /** A blurred hairline spreads over some five pixels: its middle is this far from the paper either side. */
  private static final int RIDGE_REACH = 3;
  /** A faint line's depth under the paper, as a share of the ink's contrast; but never within the paper's grain. */
  private static final int RIDGE_SHARE = 5;
  private static final int MIN_RIDGE_DEPTH = 6;
  /**
   * A photo's print, out of focus and lit through its paper's grain, lies at most this many levels under its paper: only
   * there are hairlines looked for as creases. A scan's or a screenshot's print is far darker, and its rulings with it.
   */
  private static final int FADED_CONTRAST = 48;
  /** The run of pixels along a line its gray is averaged over, so that the paper's grain makes no crease. */
  private static final int RIDGE_RUN = 9;

  private Ink(int width, int height, int[] gray, double skew) {
    this.width = width;
    this.height = height;
    this.gray = gray;
    this.skew = skew;
    this.ink = new boolean[gray.length];
    this.dark = new boolean[gray.length];
    int threshold = otsu(gray);
    int paper = paper(gray);
    int faint = (threshold + paper) / 2;
    int depth = Math.max(MIN_RIDGE_DEPTH, (paper - threshold) / RIDGE_SHARE);
    boolean faded = paper - threshold <= FADED_CONTRAST;
    byte[] alongRows = faded ? meanAlong(gray, width, height, true) : null;
    byte[] alongColumns = faded ? meanAlong(gray, width, height, false) : null;
    for (int i = 0; i < gray.length; i++) {
      ink[i] = gray[i] <= threshold;
      dark[i] = gray[i] <= faint || faded && (ridge(alongRows, i, width, depth, faint) || ridge(alongColumns, i, 1, depth, faint));
    }
  }

  /**
   * Whether the pixel lies on a thin line fainter than {@link #dark}'s level: darker by {@code depth} than the paper
   * {@link #RIDGE_REACH} pixels off it on both sides ({@code step} apart in the array), its gray {@code mean}s taken
   * along the line, with no pixel as dark as {@code faint} beside it, and a crease on along it one way at least. A
   * hairline ruling photographed out of focus fades to a few levels under the paper, lighter than any threshold that
   * keeps the paper's shades paper; it is still a crease darker than the paper either side of it, which neither a shade
   * nor the paper's grain, averaged along it, is; nor the paper past a stroke's end, which the stroke's mean runs into.
   */
  private boolean ridge(byte[] mean, int i, int step, int depth, int faint) {
    int reach = RIDGE_REACH * step;
    if (i - reach < 0 || i + reach >= mean.length || step == 1 && (i % width < RIDGE_REACH || i % width + RIDGE_REACH >= width)) {
      return false;
    }
    // The pixel itself too, by half as much (its grain is not averaged out): the mean along a stroke's end would run
    // the stroke on into the paper past it.
    int sides = Math.min(mean[i - reach] & 0xFF, mean[i + reach] & 0xFF);
    if ((mean[i] & 0xFF) + depth > sides || gray[i] + depth / 2 > sides) {
      return false;
    }
    // Nothing darker beside it: the gray rim of a darker line or stroke is no line of its own.
    for (int d = step; d <= reach; d += step) {
      if (gray[i - d] <= faint || gray[i + d] <= faint) {
        return false;
      }
    }
    // And a crease still, no darker than it, half a run along it one way at least (a line's end has it on one side):
    // averaged along, a stroke runs on past its end as a crease, with the stroke itself on the one side.
    int along = (step == 1 ? width : 1) * (RIDGE_RUN / 2);
    return i - along >= 0 && gray[i - along] > faint && crease(mean, i - along, reach, depth)
        || i + along < mean.length && gray[i + along] > faint && crease(mean, i + along, reach, depth);
  }

  /** Whether the {@code mean} gray at {@code i} is {@code depth} under that {@code reach} off it on both sides. */
  private static boolean crease(byte[] mean, int i, int reach, int depth) {
    return i - reach >= 0 && i + reach < mean.length
        && (mean[i] & 0xFF) + depth <= Math.min(mean[i - reach] & 0xFF, mean[i + reach] & 0xFF);
  }

  /** Each pixel's gray as the mean of {@link #RIDGE_RUN} pixels along its row ({@code rows}) or its column. */
  private static byte[] meanAlong(int[] gray, int width, int height, boolean rows) {
    int lines = rows ? height : width;
    int length = rows ? width : height;
    int step = rows ? 1 : width;
    int half = RIDGE_RUN / 2;
    byte[] mean = new byte[gray.length];
    for (int l = 0; l < lines; l++) {
      int start = rows ? l * width : l;
      int sum = 0;
      int count = 0;
      for (int k = -half; k < length; k++) {
        if (k + half < length) {
          sum += gray[start + (k + half) * step];
          count++;
        }
        if (k - half - 1 >= 0) {
          sum -= gray[start + (k - half - 1) * step];
          count--;
        }
        if (k >= 0) {
          mean[start + k * step] = (byte) (sum / count);
        }
      }
    }
    return mean;
  }

  /**
   * The height of a line of body text: the paper's width over {@link #LINES_ACROSS}. A page turned to landscape for a
   * wide table (as wide as paper is high, {@link PageOcr#PAGE_SHAPE} its height) prints in the type of the others: its
   * paper's width is its height. Any other picture (a long one stacking pages, a table's alone) is measured by its width.
   */
  int lineHeight() {
    return lineHeight(width, height);
  }

  static int lineHeight(int width, int height) {
    boolean turned = Math.abs((double) width / height - PageOcr.PAGE_SHAPE) <= TURNED_SHAPE_SLACK;
    return (turned ? height : width) / LINES_ACROSS;
  }

  /**
   * Makes each speck of dust paper (its gray too, so that no picture of a cell shows it): the engine reads a speck
   * beside a word or a count as one more character ({@code 行政复议1}), or a count with a speck above it as another
   * ({@code 工} for 1). A speck is told from the ink around it but the {@code ruled} pixels (a cell's borders, dust
   * lies against them as anywhere). Dark pixels are kept: the rulings were found in them.
   */
  void clearSpecks(boolean[] ruled) {
    int paper = paper(gray);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (ink[y * width + x] && !ruled[y * width + x] && speckAt(x, y, ruled)) {
          toPaper(x, y, ruled, paper);
        }
      }
    }
  }

  /**
   * Makes the ink at {@code x, y} paper with its gray rim, which the ink threshold left out but a picture of the cell
   * would show; rulings stay.
   */
  void toPaper(int x, int y, boolean[] ruled, int paper) {
    for (int yy = Math.max(0, y - 1); yy <= Math.min(height - 1, y + 1); yy++) {
      for (int xx = Math.max(0, x - 1); xx <= Math.min(width - 1, x + 1); xx++) {
        int i = yy * width + xx;
        if (!ruled[i]) {
          ink[i] = false;
          gray[i] = Math.max(gray[i], paper);
        }
      }
    }
  }

  /**
   * Whether the ink at {@code x, y} is a speck: the ink within {@link #SPECK_CLEARANCE} + 1 pixels of it, rulings
   * left out, is at most {@link #MAX_SPECK_PIXELS} pixels, all touching it.
   */
  private boolean speckAt(int x, int y, boolean[] ruled) {
    int reach = SPECK_CLEARANCE + 1;
    int count = 0;
    for (int yy = Math.max(0, y - reach); yy <= Math.min(height - 1, y + reach); yy++) {
      for (int xx = Math.max(0, x - reach); xx <= Math.min(width - 1, x + reach); xx++) {
        int i = yy * width + xx;
        if (ink[i] && !ruled[i] && (++count > MAX_SPECK_PIXELS || Math.abs(xx - x) > 1 || Math.abs(yy - y) > 1)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The paper's gray level. */
  int paper() {
    return paper(gray);
  }

  /** The image, a fax's faulty scan lines mended ({@link FaxLines}), enlarged if small, its skew taken out. */
  static Ink of(BufferedImage picture) {
    BufferedImage image = Perspective.squared(enlarged(FaxLines.mended(picture)));
    Ink raw = new Ink(image.getWidth(), image.getHeight(), paperOf(image), 0);
    double angle = raw.skewAngle();
    if (Math.abs(angle) < SKEW_STEP_DEGREES / 2) {
      return raw;
    }
    BufferedImage straight = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = straight.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, straight.getWidth(), straight.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(-angle), image.getWidth() / 2.0, image.getHeight() / 2.0), null);
    g.dispose();
    return new Ink(image.getWidth(), image.getHeight(), paperOf(straight), angle);
  }

  /**
   * The picture's gray levels, the paper's shades ({@link Background}: fills, dim light) made the paper's, then what
   * lies around the paper ({@link Surround}) made white: a dim side of the page is no dark field.
   */
  private static int[] paperOf(BufferedImage image) {
    int[] raw = grayOf(image);
    int[] gray = Background.flattened(raw, image.getWidth(), image.getHeight(), paper(raw));
    return Surround.cleared(gray, image.getWidth(), image.getHeight(), otsu(gray));
  }

  /**
   * The picture enlarged to {@link #MIN_WIDTH} when it is narrower (within {@link PageOcr#maxScale}): a page
   * shown on screen or saved at 100–130 dpi has rulings a pixel wide that fade to gray and digits a dozen pixels high,
   * which neither the rulings nor the engine are found in; smoothly enlarged, they read as at 150 dpi.
   */
  private static BufferedImage enlarged(BufferedImage picture) {
    double scale = Math.min((double) MIN_WIDTH / picture.getWidth(), PageOcr.maxScale(picture.getWidth(), picture.getHeight()));
    if (scale <= 1) {
      return picture;
    }
    BufferedImage out = new BufferedImage((int) Math.round(picture.getWidth() * scale), (int) Math.round(picture.getHeight() * scale),
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(picture, 0, 0, out.getWidth(), out.getHeight(), null);
    g.dispose();
    return out;
  }

  boolean at(int x, int y) {
    return ink[y * width + x];
  }

  /** The part of the page from {@code x0,y0} (inclusive) to {@code x1,y1} (exclusive) as a gray image. */
  BufferedImage crop(int x0, int y0, int x1, int y1, boolean[] erased) {
    return copy(x0, y0, x1, y1, i -> erased[i] ? 255 : gray[i]);
  }

  /** The same part as black ink on white paper, noise and shades of gray left out. */
  BufferedImage inkOnly(int x0, int y0, int x1, int y1, boolean[] erased) {
    return copy(x0, y0, x1, y1, i -> ink[i] && !erased[i] ? 0 : 255);
  }

  /** A gray image of the part, each pixel's shade given by its index on the page. */
  private BufferedImage copy(int x0, int y0, int x1, int y1, IntUnaryOperator shade) {
    BufferedImage out = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        pixels[(y - y0) * out.getWidth() + (x - x0)] = (byte) shade.applyAsInt(y * width + x);
      }
    }
    return out;
  }

  /**
   * The angle at which the ink's rows are most sharply split into ink and paper: text lines and rulings then each
   * fall into few rows. Measured on a sample of the ink to keep it cheap on large pages.
   */
  private double skewAngle() {
    int count = 0;
    for (boolean b : ink) {
      count += b ? 1 : 0;
    }
    if (count == 0) {
      return 0;
    }
    int stride = Math.max(1, count / 200_000);
    int[] xs = new int[count / stride + 1];
    int[] ys = new int[xs.length];
    int n = 0;
    int seen = 0;
    for (int i = 0; i < ink.length; i++) {
      if (ink[i] && seen++ % stride == 0 && n < xs.length) {
        xs[n] = i % width;
        ys[n++] = i / width;
      }
    }
    double coarse = sharpest(xs, ys, n, 0, MAX_SKEW_DEGREES, SKEW_STEP_DEGREES);
    return sharpest(xs, ys, n, coarse, SKEW_STEP_DEGREES, SKEW_STEP_DEGREES / 5);
  }

  /** The angle within {@code around ± range} at which the ink's rows are most sharply split. */
  private double sharpest(int[] xs, int[] ys, int n, double around, double range, double step) {
    double best = 0;
    double bestScore = -1;
    int[] rows = new int[height * 2];
    for (double a = around - range; a <= around + range + 1e-9; a += step) {
      java.util.Arrays.fill(rows, 0);
      double t = Math.tan(Math.toRadians(a));
      for (int k = 0; k < n; k++) {
        int r = (int) Math.round(ys[k] - (xs[k] - width / 2.0) * t) + height / 2;
        if (r >= 0 && r < rows.length) {
          rows[r]++;
        }
      }
      double score = 0;
      for (int r : rows) {
        score += (double) r * r;
      }
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return best;
  }

  static int[] grayOf(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] gray = new int[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int p = row[x];
        int alpha = p >>> 24;
        int lum = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
        // A transparent pixel shows the paper behind it.
        gray[y * w + x] = (lum * alpha + 255 * (255 - alpha)) / 255;
      }
    }
    return gray;
  }

  /** The paper's gray level: the most frequent one in the lighter half. */
  static int paper(int[] gray) {
    long[] hist = new long[256];
    for (int g : gray) {
      hist[g]++;
    }
    int best = 255;
    for (int g = 128; g < 256; g++) {
      if (hist[g] > hist[best]) {
        best = g;
      }
    }
    return best;
  }

  /** Otsu's threshold: the gray level that best splits the histogram into ink and paper. */
  static int otsu(int[] gray) {
    long[] hist = new long[256];
    for (int g : gray) {
      hist[g]++;
    }
    long total = gray.length;
    double sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (double) i * hist[i];
    }
    double sumB = 0;
    long wB = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 256; t++) {
      wB += hist[t];
      if (wB == 0) {
        continue;
      }
      long wF = total - wB;
      if (wF == 0) {
        break;
      }
      sumB += (double) t * hist[t];
      double mB = sumB / wB;
      double mF = (sum - sumB) / wF;
      double between = (double) wB * wF * (mB - mF) * (mB - mF);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }
}
