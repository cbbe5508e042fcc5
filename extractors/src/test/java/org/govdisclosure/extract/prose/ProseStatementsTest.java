package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.value.Confusables;
import org.junit.jupiter.api.Test;

/**
 * The statement rules against a table of real-style sentences ({@code prose/sentences.tsv}): positives, negations
 * and distractors, with what a careful reader takes from each. Prints precision and recall over the figures.
 */
class ProseStatementsTest {

  private static final Path TABLE = Path.of("src/test/resources/prose/sentences.tsv");
  private static final int REPORT_YEAR = 2020;
  private static final Map<String, String> PREFIXES =
      Map.of("applications", "app", "review_litigation", "rl", "procurement", "proc", "proactive", "pro");
  private static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");
  private static final Map<String, List<String>> GROUPS = Map.of(
      "withheld", List.of("withheld_state_secret", "withheld_law_forbidden", "withheld_safety_stability", "withheld_third_party",
          "withheld_internal_affairs", "withheld_process_info", "withheld_enforcement_files", "withheld_query_matters"),
      "not_processed", List.of("not_processed_petition", "not_processed_duplicate", "not_processed_publication",
          "not_processed_excessive", "not_processed_confirm"));

  private record Example(int section, String sentence, Set<String> expected) {}

  @Test
  void rulesReadTheSentenceTableWithoutAWrongFigure() throws IOException {
    List<Example> examples = examples();
    int truePositives = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    int expectedCount = 0;
    for (Example e : examples) {
      Set<String> actual = read(e);
      for (String figure : actual) {
        if (e.expected().contains(figure)) {
          truePositives++;
        } else {
          wrong.add(figure + " from " + e.sentence());
        }
      }
      for (String figure : e.expected()) {
        if (!actual.contains(figure)) {
          missed.add(figure + " from " + e.sentence());
        }
      }
      expectedCount += e.expected().size();
    }
    double precision = truePositives / (double) (truePositives + wrong.size());
    double recall = truePositives / (double) expectedCount;
    System.out.printf("prose rules on %d sentences: precision %.3f (%d/%d figures), recall %.3f (%d/%d)%n",
        examples.size(), precision, truePositives, truePositives + wrong.size(), recall, truePositives, expectedCount);
    missed.forEach(m -> System.out.println("  missed " + m));
    wrong.forEach(w -> System.out.println("  wrong  " + w));

    assertThat(examples).hasSizeGreaterThanOrEqualTo(40);
    assertThat(wrong).isEmpty();
    assertThat(recall).isGreaterThanOrEqualTo(0.9);
  }

  /**
   * Each proceeding's row of section 四 written as a sentence, its name misread by OCR in any one character the
   * confusables table lists (行政夏议, 行政诉讼（末经复议直接起诉）): read as that proceeding, every figure.
   */
  @Test
  void aProceedingNamedWithOneLookAlikeIsReadAsItself() {
    Confusables confusables = Confusables.bundled();
    Map<String, String> names = Map.of("review", "行政复议", "litigation_direct", "行政诉讼（未经复议直接起诉）",
        "litigation_after_review", "行政诉讼（复议后起诉）");
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<String, String> e : names.entrySet()) {
      String name = e.getValue();
      for (int i = 0; i < name.length(); i++) {
        for (char alike : confusables.alternatives(name.charAt(i)).toCharArray()) {
          String printed = name.substring(0, i) + alike + name.substring(i + 1);
          Set<String> read = read(new Example(4, printed + "：结果维持2件，结果纠正0件，其他结果1件，尚未审结0件，总计3件。", Set.of()));
          String rl = "rl." + e.getKey() + ".";
          Set<String> expected = Set.of(rl + "upheld=2", rl + "corrected=0", rl + "other=1", rl + "pending=0", rl + "total=3");
          tried++;
          if (!read.equals(expected)) {
            wrong.add(printed + " -> " + read);
          }
        }
      }
    }
    assertThat(tried).isGreaterThanOrEqualTo(names.size());
    assertThat(wrong).isEmpty();
  }

  private static Set<String> read(Example e) {
    Set<String> figures = new TreeSet<>();
    String folded = Cell.Text.fold(e.sentence());
    for (Topic topic : Topic.values()) {
      boolean own = e.section() == topic.section();
      for (Statement s : ProseReader.read(topic, folded, own, REPORT_YEAR, Template.T2019)) {
        for (Figure f : s.figures()) {
          if (f.isNumber()) {
            figures.add(PREFIXES.get(topic.table()) + "." + f.cell() + "=" + text(f.value()));
          }
        }
      }
    }
    return figures;
  }

  private static String text(Object value) {
    return value instanceof BigDecimal d ? d.setScale(2).toPlainString() : value.toString();
  }

  private static List<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      Set<String> expected = new TreeSet<>();
      if (!cols[2].equals("-")) {
        for (String figure : cols[2].split(" ")) {
          expected.addAll(expand(figure));
        }
      }
      examples.add(new Example(Integer.parseInt(cols[0]), cols[1], expected));
    }
    return examples;
  }

  /** rl.review.*=0 → the five outcomes; app.withheld.total=0 → the eight 不予公开 rows. */
  private static List<String> expand(String figure) {
    String[] parts = figure.split("[.=]");
    List<String> out = new ArrayList<>();
    if (parts.length == 4 && parts[2].equals("*")) {
      OUTCOMES.forEach(o -> out.add(parts[0] + "." + parts[1] + "." + o + "=" + parts[3]));
    } else if (parts.length >= 4 && GROUPS.containsKey(parts[1])) {
      GROUPS.get(parts[1]).forEach(r -> out.add(parts[0] + "." + r + "." + parts[2] + "=" + parts[3]));
    } else {
      out.add(figure);
    }
    return out;
  }
}
