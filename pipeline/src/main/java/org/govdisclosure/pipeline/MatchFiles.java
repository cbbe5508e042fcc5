package org.govdisclosure.pipeline;

import java.io.IOException;
import java.util.List;
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
 * The files that the input patterns match, each once ({@link InputFiles}), spread over a few groups; and, apart, the
 * matched entries that cannot be read as files. {@code FileIO.matchAll} spreads files one by one instead, and the
 * direct runner then makes a bundle of every file for each later step, each bundle costing it far more than the
 * file's own work. Nor should there be many more groups than the direct runner has threads: each of its bundles
 * that reaches a later grouping copies the whole of every group it adds to (its copy-on-access state), so the
 * copying grows with the number of bundles times the rows grouped (32 groups cost a 10 000-report run about 5 % more
 * CPU and half again its peak memory than 6). Flink rebalances the files either way.
 *
 * <p>All patterns arrive as one element, so that a file matched by two of them is still listed once.
 */
final class MatchFiles extends PTransform<PCollection<List<String>>, PCollectionTuple> {

  static final TupleTag<MatchResult.Metadata> FILES = new TupleTag<>() {};
  static final TupleTag<InputFiles.Entry> UNREADABLE = new TupleTag<>() {};

  private final int groups;

  /** @param groups how many groups to spread the files over: a few per worker thread of the direct runner */
  MatchFiles(int groups) {
    this.groups = groups;
  }

  @Override
  public PCollectionTuple expand(PCollection<List<String>> patterns) {
    PCollectionTuple matched = patterns.apply("MatchPatterns", ParDo.of(new MatchFn()).withOutputTags(FILES, TupleTagList.of(UNREADABLE)));
    PCollection<MatchResult.Metadata> files = matched.get(FILES).setCoder(MetadataCoderV2.of())
        .apply("SpreadFiles", Reshuffle.<MatchResult.Metadata>viaRandomKey().withNumBuckets(groups));
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
