package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** A cluster store a test started (HDFS, an S3-compatible server), and what tests do with its files. */
interface RemoteStore extends AutoCloseable {

  /** The store's root folder, ending with {@code /}: {@code hdfs://127.0.0.1:<port>/}, {@code s3://<bucket>/}. */
  String root();

  /** The pipeline options that reach the store. */
  List<String> options();

  @Override
  void close() throws IOException;

  /** Registers Beam's file systems in this JVM as the pipeline does with {@link #options()}. */
  default void registerFileSystems() {
    ReportPipeline.registerFileSystems(PipelineOptionsFactory.fromArgs(options().toArray(String[]::new)).as(ReportPipelineOptions.class));
  }

  /** Copies every file beneath a local folder to {@code folder} (a location beneath the root). */
  default void upload(Path local, String folder) throws IOException {
    ResourceId target = StoreFiles.folder(folder);
    try (Stream<Path> files = Files.walk(local)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        StoreFiles.upload(file, StoreFiles.file(target, local.relativize(file).toString()));
      }
    }
  }

  /** Copies every file beneath {@code folder} into a local folder, for DuckDB. */
  default Path download(String folder, Path local) throws IOException {
    StoreFiles.download(StoreFiles.folder(folder), local, file -> true);
    return local;
  }

  /** Relative path to SHA-256 of every file beneath {@code folder}: to tell whether an output is exactly as it was. */
  default Map<String, String> tree(String folder) throws IOException {
    ResourceId dir = StoreFiles.folder(folder);
    Map<String, String> tree = new TreeMap<>();
    for (MatchResult.Metadata file : StoreFiles.under(dir)) {
      tree.put(StoreFiles.relative(dir, file.resourceId()), OutputTree.sha256(StoreFiles.read(file.resourceId())));
    }
    return tree;
  }
}
