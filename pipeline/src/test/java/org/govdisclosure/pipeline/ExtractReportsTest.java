package org.govdisclosure.pipeline;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The extraction transforms on their own, with Beam's TestPipeline and PAssert. */
public class ExtractReportsTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  private static PCollection<String> column(PCollectionTuple tables, String table, String column) {
    return tables.get(ExtractReports.TAGS.get(table))
        .apply(table + "." + column, MapElements.into(TypeDescriptors.strings())
            .via((KV<String, GenericRecord> kv) -> kv.getKey() + " " + kv.getValue().get(column)));
  }

  @Test
  public void duplicatesAreReportedAndTheirRowsKeptOnce() throws Exception {
    File in = folder.newFolder("in");
    Path seed = Path.of("../extractors/src/test/resources/corpus/seeds/002_dcbb887661dae0ee.txt");
    Files.copy(seed, in.toPath().resolve("a.txt"));
    Files.copy(seed, in.toPath().resolve("b.txt"));
    Files.write(in.toPath().resolve("empty.txt"), new byte[0]);

    PCollectionTuple tables = pipeline
        .apply(Create.of(in.getAbsolutePath() + "/*"))
        .apply(FileIO.matchAll())
        .apply(FileIO.readMatches())
        .apply(new ExtractReports(1 << 20, 3))
        .apply(new DropDuplicateFiles());

    PAssert.that(column(tables, "reports", "status")).containsInAnyOrder(
        "year=2020/county_code=330206 extracted",
        "year=2020/county_code=330206 duplicate",
        "year=0/county_code=000000 unreadable");
    PAssert.thatSingleton(tables.get(ExtractReports.TAGS.get("review_litigation")).apply(Count.globally())).isEqualTo(3L);
    PAssert.thatSingleton(tables.get(ExtractReports.TAGS.get("procurement")).apply("CountProcurement", Count.globally())).isEqualTo(1L);
    pipeline.run().waitUntilFinish();
  }
}
