package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value #FILE_NAME}: one self-contained page about a run (no script, font or style from the network) that a person
 * opens in a browser: the run's figures (files, time, pages read by OCR and their time); reports per status, format
 * and template; warnings and failed checks by code with example files; coverage per province and year as a heat map;
 * the distribution of the main measures; the slowest and the largest files. Written into the staging folder before
 * publishing, so that it is published with the tables.
 */
final class RunReport {

  static final String FILE_NAME = "_report.html";

  private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);
  private static final int WIDE = 1100;
  private static final int NARROW = 360;
  private static final int HALF = 540;

  private RunReport() {}

  /**
   * Writes the report of the tables in {@code folder}. A report that cannot be made does not stop the run (the
   * tables are right without it): the page then says what failed, the failure is logged as an error, and returned
   * for the run summary.
   *
   * @return why the report could not be made, if it could not
   */
  static Optional<String> write(Path folder, Map<String, Object> summary) {
    Path file = folder.resolve(FILE_NAME);
    try {
      Files.writeString(file, page(summary, RunFigures.of(folder)));
      return Optional.empty();
    } catch (Exception | LinkageError e) { // LinkageError: DuckDB's native library may not load on this platform
      String reason = e.getClass().getName() + ": " + e.getMessage();
      LOG.error("The run report could not be made; the tables are published without it", e);
      try {
        Files.writeString(file, failurePage(summary, reason));
      } catch (IOException f) {
        e.addSuppressed(f);
      }
      return Optional.of(reason);
    }
  }

  static String page(Map<String, Object> summary, RunFigures figures) {
    ReportCharts charts = new ReportCharts();
    Html h = new Html(summary);
    h.text("p", figures.folder().isEmpty() ? "Files are named as the run matched them."
        : "Files are named relative to " + figures.folder() + ", the folder holding every input.");
    h.section("Reports");
    h.open("div", "row");
    figureWithTable(h, charts.bars("Status", figures.statuses(), NARROW), "status", figures.statuses());
    figureWithTable(h, charts.bars("Format", figures.formats(), NARROW), "format", figures.formats());
    figureWithTable(h, charts.bars("Template", figures.templates(), NARROW), "template", figures.templates());
    h.close("div");

    if (summary.get("unavailable") instanceof Map<?, ?> unavailable) {
      // A reader or extractor whose classes failed to load: every report it would have served lacks it.
      h.section("Unavailable readers and extractors");
      h.table("unavailable", List.of("component and cause", "reports"),
          unavailable.entrySet().stream().map(e -> List.of(String.valueOf(e.getKey()), String.valueOf(e.getValue()))).toList());
    }
    h.section("Warnings by code");
    codes(h, "warnings", "warning", figures.warnings(), "No warnings.");
    h.section("Failed checks by rule");
    codes(h, "checks", "check", figures.failedChecks(), "No check failed.");

    h.section("Coverage per province and year");
    coverage(h, charts, figures.coverage());

    h.section("Distribution of the main measures");
    h.text("p", "Reports with status extracted or partial, from sql/measures.sql; a report without the measure (an unknown operand, "
        + "a denominator of 0) is left out. Reports whose checks failed are included.");
    h.open("div", "row");
    RunFigures.MEASURES.forEach((column, caption) -> {
      List<Double> values = figures.measures().get(column);
      h.open("figure", "chart");
      if (values.isEmpty()) {
        h.text("figcaption", caption);
        h.text("p", "No report has this measure.");
      } else {
        h.raw(charts.histogram(caption, values, column.endsWith("_rate"), HALF));
        h.text("figcaption", values.size() + " reports, median " + number(median(values)));
      }
      h.close("figure");
    });
    h.close("div");

    h.section("Slowest files");
    costs(h, "slowest", figures.slowest());
    h.section("Largest files");
    costs(h, "largest", figures.largest());
    return h.end();
  }

  private static void figureWithTable(Html h, String svg, String id, Map<String, Long> counts) {
    h.open("figure", "chart");
    h.raw(svg);
    h.table(id, List.of(id, "reports"), counts.entrySet().stream()
        .map(e -> List.of(e.getKey(), Long.toString(e.getValue()))).toList());
    h.close("figure");
  }

  private static void codes(Html h, String id, String what, List<RunFigures.Code> codes, String none) {
    if (codes.isEmpty()) {
      h.text("p", none);
      return;
    }
    h.table(id, List.of(what, "times", "examples"), codes.stream()
        .map(c -> List.of(c.code(), Long.toString(c.count()), String.join("\n", c.examples()))).toList());
  }

  private static void coverage(Html h, ReportCharts charts, List<RunFigures.Coverage> coverage) {
    List<String> provinces = coverage.stream().map(c -> province(c.province())).distinct().toList();
    List<Integer> years = new ArrayList<>(new TreeSet<>(coverage.stream().map(RunFigures.Coverage::year).toList()));
    long[][] read = new long[provinces.size()][years.size()];
    for (RunFigures.Coverage c : coverage) {
      read[provinces.indexOf(province(c.province()))][years.indexOf(c.year())] += c.read();
    }
    h.raw(charts.heatMap("Reports read per province and year", provinces, years.stream().map(RunReport::year).toList(),
        read, WIDE));
    h.table("coverage", List.of("province", "year", "read", "extracted", "partial", "unreadable", "not_a_report", "duplicate"),
        coverage.stream().map(c -> List.of(province(c.province()), year(c.year()), Long.toString(c.read()),
            Long.toString(c.extracted()), Long.toString(c.partial()), Long.toString(c.unreadable()),
            Long.toString(c.notAReport()), Long.toString(c.duplicate()))).toList());
  }

  private static void costs(Html h, String id, List<FileCosts.Cost> costs) {
    h.table(id, List.of("file", "bytes", "extraction ms"), costs.stream()
        .map(c -> List.of(c.file(), String.format(Locale.ROOT, "%,d", c.bytes()), String.format(Locale.ROOT, "%,d", c.millis())))
        .toList());
  }

  private static String province(String province) {
    return province == null ? "(unresolved)" : province;
  }

  private static String year(int year) {
    return year == 0 ? "unknown" : Integer.toString(year);
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%,.3f", v);
  }

  private static String failurePage(Map<String, Object> summary, String reason) {
    Html h = new Html(summary);
    h.section("The report could not be made");
    h.text("p", "The run's tables and _run_summary.json were written and published; only this page failed:");
    h.text("pre", reason);
    return h.end();
  }

  /** The page being written: every text escaped, every chart inline. */
  private static final class Html {
    private final StringBuilder b = new StringBuilder();

    Html(Map<String, Object> summary) {
      b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>Run report ")
          .append(escape(String.valueOf(summary.get("run_id")))).append("</title>\n<style>\n")
          .append("body { font-family: ").append(ReportCharts.FONT_FAMILIES).append("; margin: 24px; color: #222; max-width: 1140px; }\n")
          .append("h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ccc; }\n")
          .append(".row { display: flex; flex-wrap: wrap; gap: 16px; } figure { margin: 0; }\n")
          .append("table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }\n")
          .append("th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; white-space: pre-wrap; }\n")
          .append("td.n { text-align: right; } th { background: #f3f3f3; } figcaption { font-size: 13px; color: #555; }\n")
          .append("dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; font-size: 14px; }\n")
          .append("dt { color: #555; } dd { margin: 0; }\n")
          .append("</style>\n</head>\n<body>\n<h1>Run report</h1>\n<dl>\n");
      for (String key : List.of("run_id", "files", "elapsed_seconds", "files_per_second")) {
        entry(key, summary.get(key));
      }
      if (summary.get("ocr") instanceof Map<?, ?> ocr) {
        ocr.forEach((key, value) -> entry("ocr_" + key, value));
      }
      b.append("</dl>\n");
    }

    private void entry(String key, Object value) {
      b.append("<dt>").append(key).append("</dt><dd id=\"").append(key).append("\">").append(escape(String.valueOf(value)))
          .append("</dd>\n");
    }

    void section(String title) {
      text("h2", title);
    }

    void text(String tag, String text) {
      b.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
    }

    void open(String tag, String cssClass) {
      b.append('<').append(tag).append(" class=\"").append(cssClass).append("\">\n");
    }

    void close(String tag) {
      b.append("</").append(tag).append(">\n");
    }

    void raw(String html) {
      b.append(html).append('\n');
    }

    /** A table; cells that are numbers are right-aligned. */
    void table(String id, List<String> header, List<List<String>> rows) {
      b.append("<table id=\"").append(id).append("\">\n<tr>");
      header.forEach(c -> b.append("<th>").append(escape(c)).append("</th>"));
      b.append("</tr>\n");
      for (List<String> row : rows) {
        b.append("<tr>");
        for (String cell : row) {
          b.append(cell.matches("[\\d,]+") ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
        }
        b.append("</tr>\n");
      }
      b.append("</table>\n");
    }

    String end() {
      return b.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
