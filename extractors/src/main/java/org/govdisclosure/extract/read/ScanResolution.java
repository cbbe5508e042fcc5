package org.govdisclosure.extract.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution a scanned page was made at: the pixels per inch of the largest image drawn over at least half of the
 * page. Such a page is rendered for OCR no finer than its scan: enlarging adds no detail, and its smoothing blurs
 * each speck of dust into a blot that the engine reads as a stroke, a comma or a digit ({@code 行政诉讼3}).
 */
final class ScanResolution extends PDFStreamEngine {

  /** An image drawn over less of the page than this is a picture on a page, not the page's scan. */
  private static final double MIN_PAGE_SHARE = 0.5;
  private static final float POINTS_PER_INCH = 72;

  private final double pageArea;
  private double largestArea;
  private Scan scan;

  /**
   * A page's scan: its image and where it is drawn ({@code placement}, the matrix mapping the image's unit square onto
   * the page).
   */
  record Scan(PDImageXObject image, Matrix placement) {

    /** The drawn image's width in points. */
    double width() {
      return Math.hypot(placement.getScaleX(), placement.getShearY());
    }

    /** The drawn image's height in points. */
    double height() {
      return Math.hypot(placement.getShearX(), placement.getScaleY());
    }

    /** The scan's dots per inch across. */
    float dpi() {
      return (float) (image.getWidth() * POINTS_PER_INCH / width());
    }
  }

  private ScanResolution(PDPage page) {
    pageArea = (double) page.getMediaBox().getWidth() * page.getMediaBox().getHeight();
    addOperator(new Concatenate(this));
    addOperator(new DrawObject(this));
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new SetMatrix(this));
  }

  /** The dots per inch of a page's scan ({@link #scanOf}), or 0 when it has none. */
  static float of(Scan scan) {
    return scan == null ? 0 : scan.dpi();
  }

  /** The page's scan: the largest image drawn over at least half of it; null when there is none or it cannot be parsed. */
  static Scan scanOf(PDPage page) {
    ScanResolution r = new ScanResolution(page);
    try {
      r.processPage(page);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return r.scan;
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (!OperatorName.DRAW_OBJECT.equals(operator.getName()) || operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
      super.processOperator(operator, operands);
      return;
    }
    PDXObject object = getResources().getXObject(name);
    if (object instanceof PDFormXObject form) {
      showForm(form);
    } else if (object instanceof PDImageXObject image) {
      Scan drawn = new Scan(image, getGraphicsState().getCurrentTransformationMatrix().clone());
      double area = drawn.width() * drawn.height();
      if (area >= MIN_PAGE_SHARE * pageArea && area > largestArea) {
        largestArea = area;
        scan = drawn;
      }
    }
  }
}
