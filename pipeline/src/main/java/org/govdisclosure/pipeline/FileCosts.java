package org.govdisclosure.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;

/**
 * The slowest and the largest files of a run, kept apart from the tables (two runs must write identical tables, and
 * these figures differ from run to run): the few of each that the run report lists, combined across workers and
 * written as {@value #FILE_NAME} into the run's staging folder, published with the tables.
 */
final class FileCosts extends PTransform<PCollection<FileCosts.Cost>, PDone> {

  static final String FILE_NAME = "_file_costs.json";
  /** How many files of each kind are kept. */
  static final int KEPT = 15;

  /** One file: where it is, its size and how long its extraction took. */
  record Cost(String file, long bytes, long millis) {
    static final Coder<Cost> CODER = new CostCoder();
  }

  /**
   * The costs of one bundle's files that may be among the run's kept ones: the {@value #KEPT} largest and the
   * {@value #KEPT} slowest of the bundle, so that what the extraction hands on is bounded by the bundles, not the files
   * (the direct runner groups all of a global combine's inputs before combining them).
   */
  static final class BundleTop {
    private final PriorityQueue<Cost> largest = new PriorityQueue<>(new ByBytes());
    private final PriorityQueue<Cost> slowest = new PriorityQueue<>(new ByMillis());

    void add(Cost cost) {
      keep(largest, cost);
      keep(slowest, cost);
    }

    private static void keep(PriorityQueue<Cost> top, Cost cost) {
      top.add(cost);
      if (top.size() > KEPT) {
        top.poll(); // the least of them, by the queue's own order
      }
    }

    /** The costs kept, each once, and a start afresh for the next bundle. */
    Set<Cost> drain() {
      Set<Cost> kept = new LinkedHashSet<>(largest);
      kept.addAll(slowest);
      largest.clear();
      slowest.clear();
      return kept;
    }
  }

  /**
   * A cost as its path and two numbers. A bundle's few travel beside its files' rows (on Flink, in the union of the
   * extraction's outputs): Java serialization of the record wrote its class description with each one (158 bytes
   * for a path of 32) and cost a fifth of what encoding the file's rows did.
   */
  static final class CostCoder extends CustomCoder<Cost> {
    private static final Coder<String> FILE = StringUtf8Coder.of();
    private static final Coder<Long> NUMBER = VarLongCoder.of();

    @Override
    public void encode(Cost cost, OutputStream out) throws IOException {
      FILE.encode(cost.file(), out);
      NUMBER.encode(cost.bytes(), out);
      NUMBER.encode(cost.millis(), out);
    }

    @Override
    public Cost decode(InputStream in) throws IOException {
      return new Cost(FILE.decode(in), NUMBER.decode(in), NUMBER.decode(in));
    }
  }

  private final String folder;

  /** @param folder where {@value #FILE_NAME} is written */
  FileCosts(String folder) {
    this.folder = folder;
  }

  @Override
  public PDone expand(PCollection<Cost> costs) {
    PCollectionView<List<Cost>> largest = costs.apply("Largest", Top.of(KEPT, new ByBytes())).apply(View.asSingleton());
    costs.apply("Slowest", Top.of(KEPT, new ByMillis()))
        .apply("Write", ParDo.of(new WriteFn(folder, largest)).withSideInputs(largest));
    return PDone.in(costs.getPipeline());
  }

  /** Ties broken by path, so that the files listed do not depend on the order workers saw them. */
  static final class ByMillis implements Comparator<Cost>, Serializable {
    @Override
    public int compare(Cost a, Cost b) {
      return Comparator.comparingLong(Cost::millis).thenComparing(Cost::file, Comparator.reverseOrder()).compare(a, b);
    }
  }

  static final class ByBytes implements Comparator<Cost>, Serializable {
    @Override
    public int compare(Cost a, Cost b) {
      return Comparator.comparingLong(Cost::bytes).thenComparing(Cost::file, Comparator.reverseOrder()).compare(a, b);
    }
  }

  private static final class WriteFn extends DoFn<List<Cost>, Void> {
    private final String folder;
    private final PCollectionView<List<Cost>> largest;

    WriteFn(String folder, PCollectionView<List<Cost>> largest) {
      this.folder = folder;
      this.largest = largest;
    }

    @ProcessElement
    public void process(@Element List<Cost> slowest, ProcessContext context) throws IOException {
      Map<String, List<Cost>> costs = Map.of("slowest", slowest, "largest", context.sideInput(largest));
      StoreFiles.write(StoreFiles.file(StoreFiles.folder(folder), FILE_NAME),
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(costs));
    }
  }
}
