package org.govdisclosure.extract.read;

import java.util.List;
import org.govdisclosure.extract.read.PdfColumns.Span;
import org.govdisclosure.extract.read.PdfRulings.Band;

/**
 * The header rows a table without rulings between its rows (a three-line table, 三线表) repeats at the top of each
 * page it goes on on: the word processor prints them again between the table's top rule and the rule under its
 * header. A page's first lines are that repetition, and are dropped, when they print exactly the header of the table
 * the last page ended in: the lines of a band between two rules that holds column titles (a line of several cells,
 * no number), the last page's last line lying in the band right under it (the table's body, not closed by a rule).
 * Read again, they would put the rows below under the first sub-table's titles. Tables ruled cell by cell repeat
 * their headers as ruled rows, which {@link PdfLines} drops by their cells.
 */
final class PdfRepeatedHeader {

  /** A line's cells and the rules above and below it ({@link Band#NONE} where they are not known). */
  record Banded(List<Span> cells, Band band) {}

  private List<List<String>> header = List.of();
  private Band headerBand;
  private Band lastBand;

  /**
   * How many of the page's first lines repeat the header of the table the last page ended in (0: none); notes the
   * page's own header and last line for the next page.
   */
  int repeated(List<Banded> page) {
    int repeated = 0;
    if (headerBand != null && lastBand != null && PdfRulings.near(lastBand.above(), headerBand.below())) {
      int band = bandLength(page, 0);
      if (band == header.size() && bounded(page.get(0).band())
          && page.subList(0, band).stream().map(l -> PdfColumns.texts(l.cells())).toList().equals(header)) {
        repeated = band;
      }
    }
    note(page);
    return repeated;
  }

  private void note(List<Banded> page) {
    for (int i = 0; i < page.size(); ) {
      int n = bandLength(page, i);
      List<Banded> band = page.subList(i, i + n);
      if (bounded(band.get(0).band()) && band.stream().anyMatch(l -> l.cells().size() > 1)
          && band.stream().noneMatch(l -> PdfColumns.holdsNumber(l.cells()))) {
        header = band.stream().map(l -> PdfColumns.texts(l.cells())).toList();
        headerBand = band.get(0).band();
      }
      i += n;
    }
    if (!page.isEmpty()) {
      lastBand = page.get(page.size() - 1).band();
    }
  }

  /** How many lines from {@code from} on lie between the same two rules as the line at {@code from}. */
  private static int bandLength(List<Banded> page, int from) {
    int to = from;
    while (to < page.size() && page.get(to).band().same(page.get(from).band())) {
      to++;
    }
    return to - from;
  }

  private static boolean bounded(Band band) {
    return !Float.isInfinite(band.above()) && !Float.isInfinite(band.below());
  }
}
