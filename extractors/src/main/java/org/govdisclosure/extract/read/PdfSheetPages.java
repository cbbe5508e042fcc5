package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * How a spreadsheet printed wider than its paper lies on the pages. A spreadsheet program prints the columns that do
 * not fit on later pages: the sheet's rows go over {@code k} pages (bands), then the next columns over the next
 * {@code k} pages, and so on (Calc's and Excel's default order, down then across). A person lays page
 * {@code j} beside page {@code j - k} and reads its lines as the same rows continued; so does {@link PdfLines} where
 * this is sure:
 * <ul>
 *   <li>the PDF was made by a spreadsheet program (a word processor's pages are never columns of another page);</li>
 *   <li>the pages are {@code k} times a whole number of column blocks;</li>
 *   <li>no page after the first {@code k} prints a row's label beside its counts: it prints columns without labels;</li>
 *   <li>each line of counts on a page after the first {@code k} lies on a line of counts of the page it continues.</li>
 * </ul>
 * Where more than one {@code k} passes, which rows the counts continue is in doubt and no page is stitched.
 */
final class PdfSheetPages {

  /** Creators that name a spreadsheet program: LibreOffice Calc, Microsoft Excel, WPS 表格, Apple Numbers. */
  private static final Pattern SPREADSHEET = Pattern.compile("(?i)\\bcalc\\b|excel|表格|\\bnumbers\\b");
  /** Counts on one sheet row print on one baseline to a hair; a tenth of an em off is another row. */
  static final float ROW_SHIFT_EM = 0.1f;

  /**
   * What a page prints, as far as stitching goes.
   *
   * @param counts the heights of its lines that hold a count (their first count's middle), but for its last line
   *     when that is a lone number, which may be the page's number
   * @param lastNumber the height of that last line, NaN when the page ends otherwise
   * @param labelled whether a line prints text before its counts: a row's label beside them
   * @param em the font size of its counts' lines (0 when none)
   */
  record Page(List<Float> counts, float lastNumber, boolean labelled, float em) {

    /** A page that prints nothing. */
    static final Page NONE = new Page(List.of(), Float.NaN, false, 0);

    /**
     * Whether the lone number closing this page, continuing {@code continued}, is the page's number: the page it
     * continues ends with one at the same height (a sheet's footer prints on every page); else it is a count.
     */
    boolean numbered(Page continued) {
      return !Float.isNaN(lastNumber) && Math.abs(continued.lastNumber() - lastNumber) <= tolerance(continued);
    }

    private float tolerance(Page continued) {
      return ROW_SHIFT_EM * Math.max(em, continued.em());
    }
  }

  private PdfSheetPages() {
  }

  /** Whether the PDF's Creator names a spreadsheet program. */
  static boolean printedBySpreadsheet(PDDocument pdf) {
    String creator = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getCreator();
    return creator != null && SPREADSHEET.matcher(creator).find();
  }

  /**
   * The pages a column block of the sheet takes (the pages of one band are {@code k} apart), or 0 when the pages are
   * not to be stitched: they are not a wide sheet's, or which rows a page continues is in doubt.
   */
  static int bandPages(List<Page> pages) {
    int n = pages.size();
    int found = 0;
    for (int k = 1; k <= n / 2; k++) {
      if (n % k == 0 && continues(pages, k)) {
        if (found > 0) {
          return 0;
        }
        found = k;
      }
    }
    return found;
  }

  /** Whether every page after the first k continues the page k before it; a page printing nothing continues any. */
  private static boolean continues(List<Page> pages, int k) {
    boolean counts = false;
    for (int j = k; j < pages.size(); j++) {
      Page page = pages.get(j);
      if (page == Page.NONE) {
        continue;
      }
      if (page.labelled() || page.counts().isEmpty() && Float.isNaN(page.lastNumber()) || !onRowsOf(page, pages.get(j - k))) {
        return false;
      }
      counts = true;
    }
    return counts;
  }

  private static boolean onRowsOf(Page page, Page continued) {
    List<Float> counts = new ArrayList<>(page.counts());
    if (!Float.isNaN(page.lastNumber()) && !page.numbered(continued)) {
      counts.add(page.lastNumber());
    }
    List<Float> rows = new ArrayList<>(continued.counts());
    if (!Float.isNaN(continued.lastNumber())) {
      rows.add(continued.lastNumber());
    }
    float tolerance = page.tolerance(continued);
    return counts.stream().allMatch(y -> rows.stream().anyMatch(r -> Math.abs(r - y) <= tolerance));
  }
}
