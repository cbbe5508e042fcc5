package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.Evaluation.FileScore;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.junit.jupiter.api.Test;

/** Every labeled report of the corpus through the extractors, scored against its gold file on every build. */
class CorpusAccuracyTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  /** The share of the gold's numbers (counts, amounts, years) read right, in percent: raise it, never lower it. */
  private static final double NUMBER_FLOOR = 99.5;

  @Test
  void seedsAreExtractedExactly() {
    for (Gold gold : TestCorpus.under("seeds")) {
      List<Field> wrong = Evaluation.score(PROCESSOR, gold).fields().stream()
          .filter(f -> !f.correct())
          .toList();
      assertThat(wrong).as(gold.name()).isEmpty();
    }
  }

  /** At least {@link #NUMBER_FLOOR} of the gold's numbers read, and not one number wrong. */
  @Test
  void corpusNumbersAreReadAboveTheFloorAndNoneWrong() {
    List<FileScore> scores = new ArrayList<>();
    for (Gold gold : TestCorpus.under("seeds", "real", "flattened")) {
      FileScore score = Evaluation.score(PROCESSOR, gold);
      scores.add(score);
      score.fields().stream().filter(f -> !f.correct()).limit(8).forEach(f -> System.out.println(score.name() + ": " + f));
    }
    System.out.print(Evaluation.table(scores));
    List<Field> numbers = numbers(scores);
    double share = 100.0 * numbers.stream().filter(Field::correct).count() / numbers.size();
    System.out.printf("numbers read: %.2f%% of %d%n", share, numbers.size());
    assertThat(scores).hasSizeGreaterThan(20);
    assertThat(numbers.stream().filter(Field::wrong).toList()).as("wrong numbers").isEmpty();
    assertThat(share).as("share of numbers read").isGreaterThanOrEqualTo(NUMBER_FLOOR);
  }

  /** The floor's tally counts a number that differs from the gold as wrong: a seed scored against a changed gold. */
  @Test
  void aNumberThatDiffersFromTheGoldIsCountedWrong() {
    Gold seed = TestCorpus.under("seeds").get(0);
    ObjectNode changed = seed.json().deepCopy();
    ArrayNode received = (ArrayNode) changed.with("applications").with("rows").withArray("new_received");
    received.set(6, received.get(6).asInt() + 1);
    List<Field> numbers = numbers(List.of(Evaluation.score(PROCESSOR, new Gold(seed.report(), changed))));
    assertThat(numbers.stream().filter(Field::wrong).map(Field::name)).containsExactly("applications.new_received.total");
  }

  private static List<Field> numbers(List<FileScore> scores) {
    return scores.stream().flatMap(s -> s.fields().stream()).filter(Field::isNumber).toList();
  }
}
