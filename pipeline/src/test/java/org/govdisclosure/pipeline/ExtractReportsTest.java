package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.govdisclosure.extract.BrokenProviders;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The extraction transforms on their own, with Beam's TestPipeline and PAssert. */
public class ExtractReportsTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  /** Every row of a table as "partition value-of-column". */
  private static PCollection<String> column(PCollection<ReportRows> reports, String table, String column) {
    return reports.apply(table + "." + column, ParDo.of(new DoFn<ReportRows, String>() {
      @ProcessElement
      public void process(@Element ReportRows report, OutputReceiver<String> out) {
        if (report.tables().containsKey(table)) {
          for (GenericRecord row : FullRows.of(report, table)) {
            out.output(report.partition() + " " + row.get(column));
          }
        }
      }
    }));
  }

  @Test
  public void duplicatesAreReportedAndTheirRowsKeptOnce() throws Exception {
    File in = folder.newFolder("in");
    Path seed = Path.of("../extractors/src/test/resources/corpus/seeds/002_dcbb887661dae0ee.txt");
    Files.copy(seed, in.toPath().resolve("a.txt"));
    Files.copy(seed, in.toPath().resolve("b.txt"));
    Files.write(in.toPath().resolve("empty.txt"), new byte[0]);

    ProgressLog progress = new ProgressLog(3);
    PCollection<ReportRows> reports = pipeline
        .apply(Create.of(in.getAbsolutePath() + "/*"))
        .apply(FileIO.matchAll())
        .apply(FileIO.readMatches())
        .apply(new ExtractReports(1 << 20, 60, progress))
        .apply(new DropDuplicateFiles());

    PAssert.that(column(reports, "reports", "status")).containsInAnyOrder(
        "year=2020/county_code=330206 extracted",
        "year=2020/county_code=330206 duplicate",
        "year=0/county_code=000000 unreadable");
    PAssert.thatSingleton(column(reports, "review_litigation", "proceeding").apply("CountReviewLitigation", Count.globally())).isEqualTo(3L);
    PAssert.thatSingleton(column(reports, "procurement", "source").apply("CountProcurement", Count.globally())).isEqualTo(1L);
    pipeline.run().waitUntilFinish();
    // Counted per run: the files of the runs before this one in the same JVM are not this run's.
    assertThat(progress.done()).isEqualTo(3);
    assertThat(new ProgressLog(3).done()).isZero();
  }

  @Test
  public void brokenProvidersOnTheClassPathCostOnlyTheirOwnTablesAndTheRunSummaryNamesThem() throws Exception {
    File in = folder.newFolder("in");
    Path seed = Path.of("../extractors/src/test/resources/corpus/seeds/002_dcbb887661dae0ee.txt");
    Files.copy(seed, in.toPath().resolve("a.txt"));
    Files.copy(seed, in.toPath().resolve("b.txt"));
    PCollection<ReportRows> reports = pipeline
        .apply(Create.of(in.getAbsolutePath() + "/*"))
        .apply(FileIO.matchAll())
        .apply(FileIO.readMatches())
        .apply(new ExtractReports(1 << 20, 60, new ProgressLog(2)));

    // Every report read, its other tables whole; each partial, for the table of the extractor that did not load.
    PAssert.that(column(reports, "reports", "status")).containsInAnyOrder(
        "year=2020/county_code=330206 partial", "year=2020/county_code=330206 partial");
    PAssert.thatSingleton(column(reports, "review_litigation", "proceeding").apply("CountReviewLitigation", Count.globally())).isEqualTo(6L);
    PipelineResult result = BrokenProviders.registeredDuring(() -> pipeline.run());
    result.waitUntilFinish();

    @SuppressWarnings("unchecked")
    Map<String, Long> unavailable = (Map<String, Long>) RunSummary.of(result, Duration.ofSeconds(1)).get("unavailable");
    assertThat(unavailable).hasSize(3).allSatisfy((line, lacking) -> assertThat(lacking).as(line).isEqualTo(2L));
    assertThat(unavailable.keySet()).anySatisfy(line -> assertThat(line).startsWith(
        "extractor_unavailable: BrokenOnLoadExtractor: ExceptionInInitializerError (caused by IllegalArgumentException"));
    assertThat(unavailable.keySet()).contains("extractor_unavailable: MissingClassExtractor: NoClassDefFoundError: org/example/shaded/Missing",
        "check_unavailable: FailingConstructorCheck: IllegalStateException: no configuration (test)");
  }
}
