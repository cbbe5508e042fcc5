package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The output of one run, published all at once or not at all: in a local folder by swapping staged tables in
 * ({@link StagedOutput}), on a cluster store ({@code hdfs://}, {@code s3://}) by naming a finished run folder
 * ({@link RemoteOutput}). Either way a failed or killed run leaves the previous output as readers see it, and only
 * what the pipeline wrote is ever deleted.
 */
interface RunOutput extends AutoCloseable {

  /**
   * Checks {@code output} against the inputs and what it holds and takes it for a new run, before any work.
   *
   * @param inputs the absolute input patterns
   * @throws IllegalArgumentException when the output cannot be used, before anything was changed
   */
  static RunOutput open(String output, List<String> inputs) throws IOException {
    return InputFiles.isLocal(output) ? StagedOutput.open(Path.of(output), inputs) : RemoteOutput.open(output, inputs);
  }

  String runId();

  /** Where the pipeline writes this run's tables: a local path or a Beam location. */
  String tablesLocation();

  /**
   * A local folder holding this run's tables, each with at least one Parquet file (empty for a table without rows),
   * and the files the pipeline wrote beside them, for the run report. Files put beside the tables are published.
   */
  Path localFolder() throws IOException;

  /** Publishes the run; {@code _SUCCESS}, holding {@code successJson}, is written last. */
  void publish(String successJson) throws IOException;

  /** Where a file put beside the tables can be read once published. */
  String publishedLocation(String fileName);

  /** Removes what an unpublished run wrote and lets the next run in. */
  @Override
  void close() throws IOException;
}
