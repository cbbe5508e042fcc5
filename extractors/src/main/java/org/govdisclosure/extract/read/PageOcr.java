package org.govdisclosure.extract.read;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reads the text of page images (scans, photographs, pictures of tables) by OCR, laid out as {@link PlainTextReader}
 * reads a text export: a table row per line with tab-separated cells. Implemented in {@code extract.ocr}; a reader
 * without one reports such files unreadable.
 */
public interface PageOcr {

  /**
   * OCR reads a page well at 200–300 dpi, some 4 to 9 million pixels on A4: larger frames are subsampled to this,
   * and a small picture is enlarged no further.
   */
  long READ_PIXELS = 9_000_000L;

  /** A long picture (a table's pages stacked, as sites publish one) is read at its resolution up to four pages. */
  long MAX_READ_PIXELS = 4 * READ_PIXELS;

  /** A4's height over its width: the part of a long picture that makes one page. */
  double PAGE_SHAPE = Math.sqrt(2);

  /**
   * The largest scale a picture of {@code width × height} pixels is read at: {@link #READ_PIXELS} for a page, so a
   * long picture is measured by a page-high part of it, not by all its pages at once, which would read each page
   * coarser the more pages it holds; and the whole within {@link #MAX_READ_PIXELS}.
   */
  static double maxScale(long width, long height) {
    long page = width * Math.min(height, Math.round(width * PAGE_SHAPE));
    return Math.min(Math.sqrt((double) READ_PIXELS / page), Math.sqrt((double) MAX_READ_PIXELS / (width * height)));
  }

  /**
   * What OCR read from a file's pages.
   *
   * @param text the pages' lines, tables as tab-separated rows
   * @param pages how many pages were read
   * @param millis the time it took
   * @param lowConfidence the pieces the engine was unsure of, each as {@code text (confidence)}
   */
  record Result(String text, int pages, long millis, List<String> lowConfidence) {}

  /** The engine's name and version, for the warnings of the values it read. */
  String engine();

  /** Reads pages {@code 0..count-1}, each made only when it is read (a rendered page takes tens of megabytes). */
  Result read(int count, IntFunction<BufferedImage> page);

  /**
   * An OCR for one document's pictures, read one by one: what reading one teaches it about the document's type (the
   * shapes of its digits) helps it read the next, as it does a scan's next page. This one when it learns nothing.
   */
  default PageOcr forDocument() {
    return this;
  }

  /**
   * Frees what the engine holds while no page is being read (native memory, tens of megabytes an engine); reading
   * again later opens it again. Called when a processor using it closes.
   */
  default void release() {}
}
