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
 * The files that the input patterns match, each once ({@link InputFiles}), spread over a few dozen groups; and,
 * apart, the matched entries that cannot be read as files. {@code FileIO.matchAll} spreads files one by one
 * instead, and the direct runner then makes a bundle of every file for each later step, each bundle costing it far
 * more than the file's own work; a few dozen groups keep its worker threads busy. Flink rebalances the files either
 * way.
 *
 * <p>All patterns arrive as one element, so that a file matched by two of them is still listed once.
 */
final class MatchFiles extends PTransform<PCollection<List<String>>, PCollectionTuple> {

  static final TupleTag<MatchResult.Metadata> FILES = new TupleTag<>() {};
  static final TupleTag<InputFiles.Entry> UNREADABLE = new TupleTag<>() {};

  private static final int GROUPS = 32;

  @Override
  public PCollectionTuple expand(PCollection<List<String>> patterns) {
    PCollectionTuple matched = patterns.apply("MatchPatterns", ParDo.of(new MatchFn()).withOutputTags(FILES, TupleTagList.of(UNREADABLE)));
    PCollection<MatchResult.Metadata> files = matched.get(FILES).setCoder(MetadataCoderV2.of())
        .apply("SpreadFiles", Reshuffle.<MatchResult.Metadata>viaRandomKey().withNumBuckets(GROUPS));
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
