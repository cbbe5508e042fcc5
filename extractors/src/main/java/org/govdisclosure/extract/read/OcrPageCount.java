package org.govdisclosure.extract.read;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Counts, on the thread reading a file, the pages OCR starts on, for whoever watches that thread: the time budget of
 * {@code IsolatedProcessor} grows with each page, so that a long scan is paced by its pages and not cut off.
 */
public final class OcrPageCount {

  private static final ThreadLocal<AtomicInteger> PAGES = new ThreadLocal<>();

  private OcrPageCount() {}

  /** Runs {@code work} on this thread, adding to {@code pages} each page OCR starts on meanwhile. */
  public static <T> T counting(AtomicInteger pages, Supplier<T> work) {
    PAGES.set(pages);
    try {
      return work.get();
    } finally {
      PAGES.remove();
    }
  }

  static void pageStarted() {
    AtomicInteger pages = PAGES.get();
    if (pages != null) {
      pages.incrementAndGet();
    }
  }
}
