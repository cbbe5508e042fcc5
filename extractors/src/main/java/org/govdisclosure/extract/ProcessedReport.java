package org.govdisclosure.extract;

import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.read.PageOcr;
import org.govdisclosure.extract.region.Region;
import org.govdisclosure.extract.spi.Warning;

/**
 * Everything learned from one input file.
 *
 * @param reportId SHA-256 of the file's bytes, hex
 * @param status extracted | partial | not_a_report | unreadable
 * @param template "2019", "2021" or null
 * @param year the year covered (1990–2100) or null
 * @param organization the issuing body's name, or null when nothing printed names it
 * @param department the line department as printed without its places (交通与建设局), null for a government or
 *     its office and when unknown
 * @param sector the issuer's sector code(s) from {@code sectors.tsv}, joined by {@code +}, or null when unknown
 * @param format text | html | docx | pdf, or null when unreadable
 * @param encoding the charset the text was decoded with, or null (unreadable, docx, pdf)
 * @param tables rows per output table, keyed by column names: the extractors' tables and {@code checks}
 *     (tables with no rows are absent)
 * @param checksFailed how many of this report's checks failed
 * @param ocr the pages OCR read of the file and the time it took, null when none was read by OCR
 */
public record ProcessedReport(
    String reportId,
    String sourceFile,
    String status,
    String template,
    Integer year,
    String organization,
    String department,
    String sector,
    Region region,
    String format,
    String encoding,
    List<Warning> warnings,
    Map<String, List<Map<String, Object>>> tables,
    int checksFailed,
    OcrCost ocr) {

  /** What reading a file by OCR cost: pages read and the time taken (the run summary adds them up). */
  public record OcrCost(int pages, long millis) {

    /** The cost of {@code read}, null when it is null (nothing was read by OCR). */
    static OcrCost of(PageOcr.Result read) {
      return read == null ? null : new OcrCost(read.pages(), read.millis());
    }
  }
}
