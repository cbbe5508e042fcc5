package org.govdisclosure.extract.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.ReportProcessor;

/**
 * Command line: scores the extractors on your own labeled reports.
 *
 * <pre>{@code Evaluate <report-folder> [<gold-folder>]}</pre>
 *
 * prints an accuracy table per report and per field over every non-null gold value; values given where the gold
 * states none count as wrong ({@code no gold}).
 */
public final class Evaluate {

  private Evaluate() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: Evaluate <report-folder> [<gold-folder>]  (gold files are NAME.gold.json beside or apart from NAME.ext)");
      System.exit(2);
    }
    Path reports = Path.of(args[0]);
    Path golds = Path.of(args.length == 2 ? args[1] : args[0]);
    if (!Files.isDirectory(reports) || !Files.isDirectory(golds)) {
      System.err.println("not a folder: " + (Files.isDirectory(reports) ? golds : reports));
      System.exit(2);
    }
    List<Evaluation.FileScore> scores = new ArrayList<>();
    try (ReportProcessor processor = ReportProcessor.withRegistered()) {
      for (Gold gold : Gold.in(reports, golds)) {
        scores.add(Evaluation.score(processor, gold));
      }
    }
    System.out.print(Evaluation.table(scores));
  }
}
