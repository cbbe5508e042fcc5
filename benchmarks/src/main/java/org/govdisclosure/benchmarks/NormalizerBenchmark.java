package org.govdisclosure.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.Amounts;
import org.govdisclosure.extract.value.Counts;
import org.govdisclosure.extract.value.Unit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the value normalizer over cells as the statistics tables hold them: mostly small counts, some
 * blanks and markers, a few amounts in every notation. One operation is one cell, so the score is cells/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NormalizerBenchmark {

  static final int CELLS = 4096;

  private static final String[] COUNTS = {"0", "0", "0", " 0", "0 ", "1", "2", "3", "12", "27", "105", "1,024", "１２"};
  private static final String[] EMPTY = {"", " ", "/", "／", "-", "—", "无"};
  private static final String[] AMOUNTS = {
    "709929.6", "251000元", "116万元", "300.6万", "1.2亿元", "3,500.00元", "３，５００．００元", "0", "12.5",
    "三十万元", "壹佰贰拾万元整", "约50万元", "50-60万元", "73802895.90"
  };

  private final String[] cells = new String[CELLS];
  private final boolean[] amountColumn = new boolean[CELLS];

  /** 80% count cells, 10% blank or marker, 10% amounts; fixed seed so every run sees the same mix. */
  @Setup
  public void setUp() {
    Random random = new Random(4);
    for (int i = 0; i < CELLS; i++) {
      int roll = random.nextInt(10);
      String[] pool = roll < 8 ? COUNTS : roll < 9 ? EMPTY : AMOUNTS;
      cells[i] = pool[random.nextInt(pool.length)];
      amountColumn[i] = pool == AMOUNTS;
    }
  }

  @Benchmark
  @OperationsPerInvocation(CELLS)
  public void mixedCells(Blackhole sink) {
    for (int i = 0; i < CELLS; i++) {
      if (amountColumn[i]) {
        sink.consume(Amounts.parse(cells[i], Unit.WAN));
      } else {
        sink.consume(Counts.parse(Cell.Text.fold(cells[i])));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(CELLS)
  public void amountsOnly(Blackhole sink) {
    for (int i = 0; i < CELLS; i++) {
      sink.consume(Amounts.parse(AMOUNTS[i % AMOUNTS.length], Unit.WAN));
    }
  }
}
