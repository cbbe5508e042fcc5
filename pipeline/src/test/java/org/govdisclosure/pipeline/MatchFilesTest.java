package org.govdisclosure.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Matching inputs and describing the entries that are not files, with Beam's TestPipeline and PAssert. */
public class MatchFilesTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void everyFileOnceAndEveryOtherEntryAsAnUnreadableReport() throws Exception {
    matchesEveryFileOnce(MatchFiles.inGroups(4));
  }

  @Test
  public void everyFileOnceWhenSpreadOneByOne() throws Exception {
    matchesEveryFileOnce(MatchFiles.oneByOne());
  }

  private void matchesEveryFileOnce(MatchFiles matchFiles) throws Exception {
    Path in = folder.newFolder("in").toPath();
    Files.writeString(in.resolve("a.txt"), "a");
    Files.writeString(Files.createDirectories(in.resolve("sub")).resolve("b.txt"), "b");
    Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("missing"));
    Files.createSymbolicLink(in.resolve("sub/again"), in.resolve("sub"));

    PCollectionTuple matched = pipeline
        .apply(Create.of(List.of(List.of(in.toString(), in + "/*.txt", in + "/sub/b.txt"))).withCoder(ListCoder.of(StringUtf8Coder.of())))
        .apply(matchFiles);
    PCollection<String> files = matched.get(MatchFiles.FILES)
        .apply("FileNames", MapElements.into(TypeDescriptors.strings()).via((MatchResult.Metadata m) -> m.resourceId().getFilename()));
    PCollection<String> unreadable = matched.get(MatchFiles.UNREADABLE)
        .apply(new UnreadableEntries(new ProgressLog(0)))
        .apply("Statuses", MapElements.into(TypeDescriptors.strings()).via((ReportRows r) -> {
          GenericRecord report = FullRows.of(r, "reports").get(0);
          return Path.of(r.sourceFile()).getFileName() + " " + report.get("status") + " " + r.partition();
        }));

    PAssert.that(files).containsInAnyOrder("a.txt", "b.txt");
    PAssert.that(unreadable).containsInAnyOrder("gone.txt unreadable year=0/county_code=000000");
    pipeline.run().waitUntilFinish();
  }
}
