package org.govdisclosure.pipeline;

import java.io.IOException;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files that file patterns match, spread over a few dozen groups. {@code FileIO.matchAll} spreads them one by
 * one instead, and the direct runner then makes a bundle of every file for each later step, each bundle costing it
 * far more than the file's own work; a few dozen groups keep its worker threads busy. Flink rebalances the files
 * either way.
 */
final class MatchFiles extends PTransform<PCollection<String>, PCollection<MatchResult.Metadata>> {

  private static final int GROUPS = 32;

  @Override
  public PCollection<MatchResult.Metadata> expand(PCollection<String> patterns) {
    return patterns
        .apply("MatchEachPattern", ParDo.of(new MatchFn()))
        .setCoder(MetadataCoderV2.of())
        .apply("SpreadFiles", Reshuffle.<MatchResult.Metadata>viaRandomKey().withNumBuckets(GROUPS));
  }

  /** A pattern without a wildcard must match; a folder or glob may match nothing. */
  static final class MatchFn extends DoFn<String, MatchResult.Metadata> {

    private static final Logger LOG = LoggerFactory.getLogger(MatchFiles.class);

    @ProcessElement
    public void process(@Element String pattern, OutputReceiver<MatchResult.Metadata> out) throws IOException {
      MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW_IF_WILDCARD);
      LOG.info("Matched {} files for pattern {}", match.metadata().size(), pattern);
      match.metadata().forEach(out::output);
    }
  }
}
