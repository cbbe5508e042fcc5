package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.Evaluation.FileScore;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.junit.jupiter.api.Test;

/** Every labeled report of the corpus through the extractors, scored against its gold file on every build. */
class CorpusAccuracyTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();

  @Test
  void seedsAreExtractedExactly() {
    for (Gold gold : TestCorpus.under("seeds")) {
      List<Field> wrong = Evaluation.score(PROCESSOR, gold).fields().stream()
          .filter(f -> !f.correct())
          .toList();
      assertThat(wrong).as(gold.name()).isEmpty();
    }
  }

  @Test
  void corpusAccuracyIsReported() {
    List<FileScore> scores = new ArrayList<>();
    for (Gold gold : TestCorpus.under("seeds", "real", "flattened")) {
      FileScore score = Evaluation.score(PROCESSOR, gold);
      scores.add(score);
      score.fields().stream().filter(f -> !f.correct()).limit(8).forEach(f -> System.out.println(score.name() + ": " + f));
    }
    System.out.print(Evaluation.table(scores));
    assertThat(scores).hasSizeGreaterThan(20);
  }
}
