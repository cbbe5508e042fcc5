package org.govdisclosure.pipeline;

import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.govdisclosure.extract.ReportProcessor;

/**
 * The {@code reports} rows of matched entries that cannot be read as files (dangling links, FIFOs, folders that
 * cannot be listed): an input that vanished without a row would go unnoticed. With no bytes to hash, the id is
 * derived from the path.
 */
final class UnreadableEntries extends PTransform<PCollection<InputFiles.Entry>, PCollection<ReportRows>> {

  private final ProgressLog progress;

  UnreadableEntries(ProgressLog progress) {
    this.progress = progress;
  }

  @Override
  public PCollection<ReportRows> expand(PCollection<InputFiles.Entry> entries) {
    return entries.apply("DescribeEach", ParDo.of(new DescribeFn(progress))).setCoder(ReportRowsCoder.of());
  }

  static final class DescribeFn extends DoFn<InputFiles.Entry, ReportRows> {

    private final ProgressLog progress;
    private transient ReportEncoder encoder;

    DescribeFn(ProgressLog progress) {
      this.progress = progress;
    }

    @Setup
    public void setup() {
      encoder = new ReportEncoder(progress);
    }

    @ProcessElement
    public void process(@Element InputFiles.Entry entry, OutputReceiver<ReportRows> out) {
      String id = ReportProcessor.reportId(entry.path().getBytes(StandardCharsets.UTF_8));
      out.output(encoder.encode(ReportProcessor.unreadable(id, entry.path(), entry.problem(), entry.detail())));
    }
  }
}
