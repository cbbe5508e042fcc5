package org.govdisclosure.extract.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.junit.jupiter.api.Test;

/**
 * The text renderings perturbed as publishing and copying perturb a page, in section 三: a page's footer or running
 * head set between two of its lines, a row's line lost, one count of a row lost; and, as a second copy, a zero printed
 * as a mark ({@code -}, {@code /}, {@code —}), a digit an OCR doubled, a footnote mark glued to a count ({@code 5①}),
 * or the table's rules drawn as lines of their own below every second row. The cells a perturbation touches are
 * unknown (their gold left null, not scored); every other cell must read as the gold says or stay empty, never a
 * wrong value. Only lines printing one row's whole label and then its counts are perturbed, so the touched row is
 * known. {@code -Dperturbed.perKind=N} perturbs N renderings of each text kind (seeded, so every run is the same).
 */
class PerturbedRenderingsTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  private static final int PER_KIND = Integer.getInteger("perturbed.perKind", 4);
  private static final Pattern COUNT = Pattern.compile("(?<![\\d.．])\\d{1,6}(?![\\d.．、)）])");
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
  private static final List<String> FURNITURE = List.of("第 2 页 共 5 页", "— 3 —", "- 4 -", "政府信息公开工作年度报告");

  private static final List<String> MARKS = List.of("-", "/", "—");
  private static final List<String> FOOTNOTES = List.of("①", "*", "※");
  private static final String RULE = "──────────────────────────────";

  private enum Kind { FURNITURE, LINE_LOST, COUNT_LOST, MARK_FOR_ZERO, DIGIT_DOUBLED, FOOTNOTE_MARK, RULES }

  /** The perturbations of the first copy (seeded), and of the second (each kind's renderings taking each in turn). */
  private static final List<Kind> FIRST = List.of(Kind.FURNITURE, Kind.LINE_LOST, Kind.COUNT_LOST);
  private static final List<Kind> SECOND = List.of(Kind.MARK_FOR_ZERO, Kind.DIGIT_DOUBLED, Kind.FOOTNOTE_MARK, Kind.RULES);

  /** The perturbed text, the row it touched (null for none) and the count it lost (null for its every cell). */
  private record Perturbed(Kind kind, String text, String row, String lost) {}

  @Test
  void noPerturbationOfSectionThreeMakesAWrongValue() {
    List<String> wrong = new ArrayList<>();
    Map<Kind, Integer> perturbed = new TreeMap<>();
    for (Rendering kind : Rendering.values()) {
      if (!kind.extension.equals("txt") && !kind.extension.equals("md")) {
        continue;
      }
      for (long seed = 0; seed < PER_KIND; seed++) {
        Rendering.Rendered rendering = kind.render(seed);
        String text = new String(rendering.bytes(), StandardCharsets.UTF_8);
        if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), rendering.bytes())) {
          continue; // a GBK or UTF-16 copy: its lines are not cut here
        }
        List<TemplateRows.Row> rows = TemplateRows.applications(rendering.report().template());
        Kind second = SECOND.get((int) ((seed + kind.ordinal()) % SECOND.size()));
        for (Perturbed p : new Perturbed[] {perturb(text, rows, new Random(seed * 131 + kind.ordinal()), FIRST),
            perturb(text, rows, new Random(seed * 137 + kind.ordinal()), List.of(second))}) {
          if (p == null) {
            continue;
          }
          perturbed.merge(p.kind(), 1, Integer::sum);
          ObjectNode gold = rendering.gold().deepCopy();
          if (p.row() != null && gold.path("applications").path("rows").path(p.row()) instanceof ArrayNode cells) {
            for (int c = 0; c < cells.size(); c++) {
              if (p.lost() == null || cells.get(c).asText().equals(p.lost())) {
                cells.set(c, NullNode.getInstance());
              }
            }
          }
          ProcessedReport r = PROCESSOR.process(rendering.fileName(), p.text().getBytes(StandardCharsets.UTF_8));
          for (Field f : GoldComparison.compare(gold, Evaluation.reportColumns(r), r.tables())) {
            if (f.inGold() && !f.correct() && f.actual() != null) {
              wrong.add(rendering.fileName() + " " + p.kind() + " " + p.row() + " " + f);
            }
          }
        }
      }
    }
    assertThat(perturbed).as("perturbations made").containsKeys(Kind.values());
    assertThat(wrong).as("wrong values in perturbed renderings").isEmpty();
  }

  /** One perturbation of a line of section 三 that prints a row's whole label then its counts; null where none does. */
  private static Perturbed perturb(String text, List<TemplateRows.Row> rows, Random random, List<Kind> kinds) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (from < 0 && lines.get(i).contains("本年新收")) {
        from = i;
      }
      if (from >= 0 && lines.get(i).contains("结转下年度")) {
        to = i;
        break;
      }
    }
    if (from < 0 || to <= from) {
      return null;
    }
    List<Integer> rowLines = new ArrayList<>();
    List<TemplateRows.Row> rowOf = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      TemplateRows.Row row = rowPrinted(lines.get(i), rows);
      if (row != null) {
        rowLines.add(i);
        rowOf.add(row);
      }
    }
    if (rowLines.isEmpty()) {
      return null;
    }
    Kind kind = kinds.get(random.nextInt(kinds.size()));
    int pick = random.nextInt(rowLines.size());
    int line = rowLines.get(pick);
    TemplateRows.Row row = rowOf.get(pick);
    switch (kind) {
      case FURNITURE -> {
        lines.add(from + 1 + random.nextInt(to - from), FURNITURE.get(random.nextInt(FURNITURE.size())));
        return new Perturbed(kind, String.join("\n", lines), null, null);
      }
      case LINE_LOST -> {
        lines.remove(line);
        return new Perturbed(kind, String.join("\n", lines), row.key(), null);
      }
      case RULES -> {
        for (int k = rowLines.size() - 1; k >= 0; k -= 2) { // every second rule lost: two rows between two rules
          lines.add(rowLines.get(k) + 1, RULE);
        }
        return new Perturbed(kind, String.join("\n", lines), null, null);
      }
      default -> {
        String printed = lines.get(line);
        List<int[]> counts = countsAfterLabel(printed, row);
        int[] count = counts.get(random.nextInt(counts.size()));
        String figure = printed.substring(count[0], count[1]);
        String replaced = switch (kind) {
          case MARK_FOR_ZERO -> figure.equals("0") ? MARKS.get(random.nextInt(MARKS.size())) : figure;
          case DIGIT_DOUBLED -> figure.charAt(0) + figure;
          case FOOTNOTE_MARK -> figure + FOOTNOTES.get(random.nextInt(FOOTNOTES.size()));
          default -> "";
        };
        lines.set(line, printed.substring(0, count[0]) + replaced + printed.substring(count[1]));
        // every cell of the row printing that count may be the one touched
        return new Perturbed(kind, String.join("\n", lines), row.key(), String.valueOf(Integer.parseInt(figure)));
      }
    }
  }

  /**
   * The row whose whole label (ordinal aside) the line prints, with nothing but counts and marks after it (three
   * counts at least); null where no row's or more than one row's label is printed so.
   */
  private static TemplateRows.Row rowPrinted(String line, List<TemplateRows.Row> rows) {
    TemplateRows.Row found = null;
    for (TemplateRows.Row row : rows) {
      if (countsAfterLabel(line, row) != null) {
        if (found != null) {
          return null;
        }
        found = row;
      }
    }
    return found;
  }

  /** The places of the counts after the row's label on the line, or null where the line prints no such row. */
  private static List<int[]> countsAfterLabel(String line, TemplateRows.Row row) {
    String body = row.label().body();
    int at = body.length() < 4 ? -1 : line.indexOf(body); // a short body (其他, 总计) may be another label's part
    if (at < 0) {
      return null;
    }
    String after = line.substring(at + body.length());
    if (after.codePoints().anyMatch(Character::isIdeographic)) {
      return null;
    }
    List<int[]> counts = new ArrayList<>();
    Matcher m = COUNT.matcher(after);
    while (m.find()) {
      counts.add(new int[] {at + body.length() + m.start(), at + body.length() + m.end()});
    }
    return counts.size() < 3 || SPACES.matcher(after).replaceAll("").isEmpty() ? null : counts;
  }
}
