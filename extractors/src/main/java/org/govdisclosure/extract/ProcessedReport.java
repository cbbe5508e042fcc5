package org.govdisclosure.extract;

import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.region.Region;
import org.govdisclosure.extract.spi.Warning;

/**
 * Everything learned from one input file.
 *
 * @param reportId SHA-256 of the file's bytes, hex
 * @param status extracted | partial | not_a_report | unreadable
 * @param template "2019", "2021" or null
 * @param year the year covered (1990–2100) or null
 * @param format text | html | docx | pdf, or null when unreadable
 * @param encoding the charset the text was decoded with, or null (unreadable, docx, pdf)
 * @param tables rows per output table, keyed by column names: the extractors' tables and {@code checks}
 *     (tables with no rows are absent)
 * @param checksFailed how many of this report's checks failed
 */
public record ProcessedReport(
    String reportId,
    String sourceFile,
    String status,
    String template,
    Integer year,
    String organization,
    Region region,
    String format,
    String encoding,
    List<Warning> warnings,
    Map<String, List<Map<String, Object>>> tables,
    int checksFailed) {}
