package org.govdisclosure.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The files that the input patterns match, each once ({@link InputFiles}), spread over the workers; and, apart, the
 * matched entries that cannot be read as files.
 *
 * <p>How they are spread depends on the runner ({@link #inGroups}, {@link #oneByOne}). The direct runner makes a bundle
 * of every key for each later step, each bundle costing it far more than a file's own work ({@code FileIO.matchAll}
 * spreads files one by one), and each of its bundles that reaches a later grouping copies the whole of every group it
 * adds to (its copy-on-access state), so the copying grows with the number of bundles times the rows grouped (32 groups
 * cost a 10 000-report run about 5 % more CPU and half again its peak memory than 6): a few groups per thread. Other
 * runners (Flink) bind each key to one worker by the key's hash, so a few keys split the files unevenly: with 4 on
 * Flink's two workers, three keys went to one and it extracted three quarters of the files while the other waited
 * (BENCHMARKS.md). A key per file evens them out.
 *
 * <p>All patterns arrive as one element, so that a file matched by two of them is still listed once.
 */
final class MatchFiles extends PTransform<PCollection<List<String>>, PCollectionTuple> {

  static final TupleTag<MatchResult.Metadata> FILES = new TupleTag<>() {};
  static final TupleTag<InputFiles.Entry> UNREADABLE = new TupleTag<>() {};

  /** How many groups the files are spread over; null: a key of its own for each file. */
  private final Integer groups;

  private MatchFiles(Integer groups) {
    this.groups = groups;
  }

  /** Spreads the files over {@code groups} groups: a few per worker thread of the direct runner. */
  static MatchFiles inGroups(int groups) {
    return new MatchFiles(groups);
  }

  /** Spreads the files one by one, each with a random key of its own: for runners that bind keys to workers. */
  static MatchFiles oneByOne() {
    return new MatchFiles(null);
  }

  /** How many groups the files are spread over; empty: one by one. */
  OptionalInt groups() {
    return groups == null ? OptionalInt.empty() : OptionalInt.of(groups);
  }

  @Override
  public PCollectionTuple expand(PCollection<List<String>> patterns) {
    PCollectionTuple matched = patterns.apply("MatchPatterns", ParDo.of(new MatchFn()).withOutputTags(FILES, TupleTagList.of(UNREADABLE)));
    Reshuffle.ViaRandomKey<MatchResult.Metadata> spread = Reshuffle.viaRandomKey();
    PCollection<MatchResult.Metadata> files = matched.get(FILES).setCoder(MetadataCoderV2.of())
        .apply("SpreadFiles", groups == null ? spread : spread.withNumBuckets(groups));
    PCollection<InputFiles.Entry> unreadable = matched.get(UNREADABLE).setCoder(SerializableCoder.of(InputFiles.Entry.class));
    return PCollectionTuple.of(FILES, files).and(UNREADABLE, unreadable);
  }

  static final class MatchFn extends DoFn<List<String>, MatchResult.Metadata> {

    @ProcessElement
    public void process(@Element List<String> patterns, MultiOutputReceiver out) throws IOException {
      for (InputFiles.Entry entry : InputFiles.list(patterns).entries()) {
        if (entry.readable()) {
          out.get(FILES).output(MatchResult.Metadata.builder()
              .setResourceId(FileSystems.matchNewResource(entry.path(), false))
              .setSizeBytes(entry.sizeBytes())
              .setLastModifiedMillis(entry.lastModifiedMillis())
              .setIsReadSeekEfficient(true)
              .build());
        } else {
          out.get(UNREADABLE).output(entry);
        }
      }
    }
  }
}
