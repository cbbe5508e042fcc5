package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.function.IntFunction;
import org.govdisclosure.extract.read.PageOcr;

/**
 * The OCR of this JVM. The engine (native libraries, a model of some megabytes) is loaded when the first page image
 * is met, not before: a run over text reports never pays for it.
 */
public final class Ocr implements PageOcr {

  private static final Ocr SHARED = new Ocr();

  private volatile OcrPages pages;
  private TesseractRecognizer recognizer;

  private Ocr() {}

  public static PageOcr shared() {
    return SHARED;
  }

  @Override
  public String engine() {
    return pages().engine();
  }

  @Override
  public Result read(int count, IntFunction<BufferedImage> page) {
    return pages().read(count, page);
  }

  @Override
  public PageOcr forDocument() {
    return pages().forDocument();
  }

  /** Ends the engines idle now; the model stays unpacked, and the next page opens an engine again. */
  @Override
  public void release() {
    if (pages != null) {
      recognizer.release();
    }
  }

  private OcrPages pages() {
    OcrPages p = pages;
    if (p == null) {
      synchronized (this) {
        if (pages == null) {
          recognizer = new TesseractRecognizer();
          pages = new OcrPages(recognizer, TesseractRecognizer.version());
        }
        p = pages;
      }
    }
    return p;
  }
}
