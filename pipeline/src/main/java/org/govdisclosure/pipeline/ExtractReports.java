package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.govdisclosure.extract.IsolatedProcessor;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.read.ReadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every file through the extractors and emits its rows of every table as one {@link ReportRows}. Each file is
 * handled in isolation ({@link IsolatedProcessor}, with the time budget of {@code --fileTimeoutSeconds} and
 * {@code --ocrPageTimeoutSeconds} more per page read by OCR): whatever goes wrong with it becomes its {@code reports}
 * row.
 *
 * <p>Where they are parked ({@link ParkedRows}), a report's rows are parked by the step that extracts them, not by a
 * later one: the direct runner hands a step's output on only when its whole bundle is done, and a bundle of this step
 * holds a quarter of a run's files ({@link MatchFiles#inGroups}), so rows parked one step later had all waited in
 * memory, 5 KB a report (BENCHMARKS.md).
 */
final class ExtractReports extends PTransform<PCollection<FileIO.ReadableFile>, PCollection<ReportRows>> {

  private static final Logger LOG = LoggerFactory.getLogger(ExtractReports.class);

  private static final TupleTag<ReportRows> REPORTS = new TupleTag<>() {};
  private static final TupleTag<FileCosts.Cost> COSTS = new TupleTag<>() {};

  private final long maxFileBytes;
  private final long timeoutSeconds;
  private final ProgressLog progress;
  private final String costsFolder;
  private final boolean ocr;
  private final long ocrPageSeconds;
  /** The path of the run's {@link ParkedRows}, or null to keep the rows in the elements. */
  private final String parkedRows;

  /**
   * @param timeoutSeconds the time budget of each file
   * @param progress the run's progress log
   */
  ExtractReports(long maxFileBytes, long timeoutSeconds, ProgressLog progress) {
    this(maxFileBytes, timeoutSeconds, progress, null, true, IsolatedProcessor.OCR_PAGE_BUDGET.toSeconds(), null);
  }

  private ExtractReports(long maxFileBytes, long timeoutSeconds, ProgressLog progress, String costsFolder, boolean ocr,
      long ocrPageSeconds, String parkedRows) {
    this.maxFileBytes = maxFileBytes;
    this.timeoutSeconds = timeoutSeconds;
    this.progress = progress;
    this.costsFolder = costsFolder;
    this.ocr = ocr;
    this.ocrPageSeconds = ocrPageSeconds;
    this.parkedRows = parkedRows;
  }

  /** Also writes the slowest and largest files into {@code folder} ({@link FileCosts}). */
  ExtractReports withFileCostsIn(String folder) {
    return new ExtractReports(maxFileBytes, timeoutSeconds, progress, folder, ocr, ocrPageSeconds, parkedRows);
  }

  /**
   * Reads scans and pictures by OCR, each page OCR starts on adding {@code pageSeconds} to its file's time budget, or
   * ({@code --ocr=false}) leaves them unreadable.
   */
  ExtractReports withOcr(boolean on, long pageSeconds) {
    return new ExtractReports(maxFileBytes, timeoutSeconds, progress, costsFolder, on, pageSeconds, parkedRows);
  }

  /** Leaves each report's rows in {@code rows} as soon as they are extracted. */
  ExtractReports withRowsParkedIn(ParkedRows rows) {
    return new ExtractReports(maxFileBytes, timeoutSeconds, progress, costsFolder, ocr, ocrPageSeconds, rows.path());
  }

  @Override
  public PCollection<ReportRows> expand(PCollection<FileIO.ReadableFile> files) {
    PCollectionTuple out = files.apply("ExtractEachFile",
        ParDo.of(new ExtractFn(maxFileBytes, timeoutSeconds, progress, ocr, ocrPageSeconds, parkedRows))
            .withOutputTags(REPORTS, TupleTagList.of(COSTS)));
    PCollection<FileCosts.Cost> costs = out.get(COSTS).setCoder(FileCosts.Cost.CODER);
    if (costsFolder != null) {
      costs.apply("FileCosts", new FileCosts(costsFolder));
    }
    return out.get(REPORTS).setCoder(ReportRowsCoder.of());
  }

  static final class ExtractFn extends DoFn<FileIO.ReadableFile, ReportRows> {

    private final long maxFileBytes;
    private final long timeoutSeconds;
    private final ProgressLog progress;
    private final boolean ocr;
    private final long ocrPageSeconds;
    private final String parkedRows;
    private transient IsolatedProcessor processor;
    private transient ReportEncoder encoder;
    private transient FileCosts.BundleTop costs;

    ExtractFn(long maxFileBytes, long timeoutSeconds, ProgressLog progress, boolean ocr, long ocrPageSeconds, String parkedRows) {
      this.maxFileBytes = maxFileBytes;
      this.timeoutSeconds = timeoutSeconds;
      this.progress = progress;
      this.ocr = ocr;
      this.ocrPageSeconds = ocrPageSeconds;
      this.parkedRows = parkedRows;
    }

    @Setup
    public void setup() {
      ReportProcessor extraction = ReportProcessor.withRegistered(ocr);
      // Once per worker: each report it would have served names it again, with this cause (the run summary lists it).
      extraction.unavailable().forEach(u -> LOG.warn("Left out, its classes failed to load: {}: {}", u.kind(), u.line()));
      processor = new IsolatedProcessor(extraction, Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(ocrPageSeconds));
      encoder = new ReportEncoder(progress);
      costs = new FileCosts.BundleTop();
    }

    @Teardown
    public void teardown() {
      if (processor != null) {
        processor.close();
      }
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String source = file.getMetadata().resourceId().toString();
      long start = System.nanoTime();
      ReportRows report = encoder.encode(extract(file, source));
      out.get(REPORTS).output(parkedRows == null ? report : ParkedRows.at(parkedRows).park(report));
      costs.add(new FileCosts.Cost(source, file.getMetadata().sizeBytes(), (System.nanoTime() - start) / 1_000_000));
    }

    /** Only the bundle's costs that may be the run's largest or slowest go on ({@link FileCosts.BundleTop}). */
    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      for (FileCosts.Cost cost : costs.drain()) {
        context.output(COSTS, cost, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
      }
    }

    private ProcessedReport extract(FileIO.ReadableFile file, String source) {
      long size = file.getMetadata().sizeBytes();
      try {
        if (size > maxFileBytes) {
          return ReportProcessor.unreadable(hash(file), source, ReadResult.TOO_LARGE, "file of " + size + " bytes exceeds --maxFileBytes="
              + maxFileBytes + ": not extracted; its report_id is the SHA-256 of its bytes, read in a stream and never held in memory");
        }
        byte[] bytes;
        try {
          bytes = file.readFullyAsBytes();
        } catch (OutOfMemoryError e) {
          // What was read is garbage once this returns: the heap survives, too small for this file beside the others.
          return ReportProcessor.unreadable(hash(file), source, IsolatedProcessor.OUT_OF_MEMORY,
              "the heap had no room for this file of " + size + " bytes; lower --maxFileBytes or give the workers more memory");
        }
        return processor.process(source, bytes);
      } catch (IOException e) {
        return ReportProcessor.unreadable(hashOrUnknown(file), source, "io_error", e.getClass().getName() + ": " + e.getMessage());
      }
    }

    /** Hashes a file by streaming it through a small buffer: files too large to extract are never held in memory. */
    private static String hash(FileIO.ReadableFile file) throws IOException {
      return ReportProcessor.reportId(Channels.newInputStream(file.open()));
    }

    /** When not even the bytes can be read, the id is derived from the path, which still identifies the input. */
    private static String hashOrUnknown(FileIO.ReadableFile file) {
      try {
        return hash(file);
      } catch (IOException e) {
        return ReportProcessor.reportId(file.getMetadata().resourceId().toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
