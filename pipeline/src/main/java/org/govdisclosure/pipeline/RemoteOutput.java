package org.govdisclosure.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.govdisclosure.schemas.TableSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output on a cluster store ({@code hdfs://}, {@code s3://}), published without moving a file: S3 has no rename
 * (only copy and delete, object by object) and no lock, and Beam renames HDFS files one by one, so no swap of table
 * folders could be atomic there. Instead each run writes everything into a folder of its own,
 * {@code <output>/runs/<run id>/} (the tables, {@code _run_summary.json}, {@code _report.html},
 * {@code _file_costs.json}), and is published by one small write: {@code <output>/_SUCCESS}, naming the run, last.
 * Readers read {@code _SUCCESS} first, then the run folder it names. A failed or killed run never wrote
 * {@code _SUCCESS}, so readers keep seeing the previous run, whose folder is untouched.
 *
 * <p>After publishing, the previous run's folder is deleted; the folders of failed or killed runs are deleted by the
 * next run, before its work. Only what the pipeline wrote is deleted: folders under {@code runs/} that carry its
 * marker, and in them only the files it writes; any other file in such a folder stops the run before any work.
 * Files and folders elsewhere in the output are never touched. A remote store gives no lock: two runs must not write
 * to one output at once (a run whose folder was removed by another is refused at publishing).
 */
final class RemoteOutput implements RunOutput {

  static final String RUNS = "runs/";
  static final String RUN_MARKER = "_GOV_DISCLOSURE_RUN";

  private static final Logger LOG = LoggerFactory.getLogger(RemoteOutput.class);
  /** Beam writes each file under a temporary folder first, then moves it to its name. */
  private static final String BEAM_TEMP = ".temp-beam";
  /** The files of a run folder that the pipeline writes. */
  private static final Pattern OWN_FILE = Pattern.compile("(" + String.join("|", TableSchemas.TABLES) + ")/" + StagedOutput.TABLE_FILE
      + "|" + Pattern.quote(BEAM_TEMP) + "[^/]*(/.+)?"
      + "|" + Pattern.quote(RUN_MARKER) + "|" + Pattern.quote(RunSummary.FILE_NAME) + "|" + Pattern.quote(RunReport.FILE_NAME)
      + "|" + Pattern.quote(FileCosts.FILE_NAME));

  private final ResourceId output;
  private final String runId;
  private final ResourceId run;
  private final Optional<String> previous;
  private Path local;
  private boolean published;

  private RemoteOutput(ResourceId output, String runId, Optional<String> previous) {
    this.output = output;
    this.runId = runId;
    this.run = runFolder(output, runId);
    this.previous = previous;
  }

  /** @see RunOutput#open */
  static RemoteOutput open(String location, List<String> inputs) throws IOException {
    ResourceId output = StoreFiles.folder(location);
    refuseOverlap(output.toString(), inputs);
    Optional<String> previous = publishedRun(output);
    List<String> runs = markedRuns(output);
    for (String id : runs) {
      refuseForeign(runFolder(output, id));
    }
    RemoteOutput opened = new RemoteOutput(output, UUID.randomUUID().toString(), previous);
    for (String id : runs) {
      if (previous.filter(id::equals).isEmpty()) {
        LOG.info("Removing the folder of run {}, which failed or was stopped before publishing", id);
        deleteRun(runFolder(output, id));
      }
    }
    StoreFiles.write(StoreFiles.file(opened.run, RUN_MARKER), opened.runId.getBytes(StandardCharsets.UTF_8));
    return opened;
  }

  static ResourceId runFolder(ResourceId output, String runId) {
    return StoreFiles.folder(output + RUNS + runId + "/");
  }

  /** The run that {@code <output>/_SUCCESS} names, if any. */
  static Optional<String> publishedRun(ResourceId output) throws IOException {
    ResourceId success = StoreFiles.file(output, StagedOutput.SUCCESS);
    if (!StoreFiles.exists(success)) {
      return Optional.empty();
    }
    JsonNode json = new ObjectMapper().readTree(StoreFiles.read(success));
    return Optional.of(json.get("run_id").asText());
  }

  @Override
  public String runId() {
    return runId;
  }

  @Override
  public String tablesLocation() {
    return run.toString();
  }

  /** A local copy of the run folder: the run report reads the tables with DuckDB, which reads local files. */
  @Override
  public Path localFolder() throws IOException {
    if (local == null) {
      // Beam leaves its emptied temporary folder on HDFS: not for readers of the published run.
      StoreFiles.delete(StoreFiles.under(run).stream().map(MatchResult.Metadata::resourceId)
          .filter(file -> StoreFiles.relative(run, file).startsWith(BEAM_TEMP)).toList());
      local = Files.createTempDirectory("gov-disclosure-" + runId);
      StoreFiles.download(run, local, file -> !file.startsWith(BEAM_TEMP) && !file.equals(RUN_MARKER));
      for (String empty : StagedOutput.writeEmptyTables(local)) {
        StoreFiles.upload(local.resolve(empty), StoreFiles.file(run, empty));
      }
    }
    return local;
  }

  @Override
  public void publish(String successJson) throws IOException {
    try (Stream<Path> files = Files.list(localFolder())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        StoreFiles.upload(file, StoreFiles.file(run, file.getFileName().toString()));
      }
    }
    if (!StoreFiles.exists(StoreFiles.file(run, RUN_MARKER))) {
      throw new IllegalStateException("the folder of this run, " + run + ", was removed while it ran (by another run "
          + "into the same --output?); the previous output is left as it was");
    }
    StoreFiles.write(StoreFiles.file(output, StagedOutput.SUCCESS), successJson.getBytes(StandardCharsets.UTF_8));
    published = true;
    if (previous.isPresent() && !previous.get().equals(runId)) {
      deleteRun(runFolder(output, previous.get()));
    }
  }

  @Override
  public String publishedLocation(String fileName) {
    return StoreFiles.file(run, fileName).toString();
  }

  @Override
  public void close() throws IOException {
    try {
      if (!published) {
        deleteRun(run);
      }
    } finally {
      if (local != null) {
        try (Stream<Path> paths = Files.walk(local)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    }
  }

  /** The runs whose folders carry the marker: the only ones the pipeline may delete. */
  private static List<String> markedRuns(ResourceId output) throws IOException {
    List<String> runs = new ArrayList<>();
    for (MatchResult.Metadata marker : StoreFiles.match(output + RUNS + "*/" + RUN_MARKER)) {
      String relative = StoreFiles.relative(output, marker.resourceId());
      runs.add(relative.substring(RUNS.length(), relative.length() - RUN_MARKER.length() - 1));
    }
    return runs;
  }

  private static void refuseForeign(ResourceId run) throws IOException {
    List<String> foreign = StoreFiles.under(run).stream()
        .map(m -> StoreFiles.relative(run, m.resourceId()))
        .filter(file -> !OWN_FILE.matcher(file).matches())
        .limit(5)
        .toList();
    if (!foreign.isEmpty()) {
      throw new IllegalArgumentException(run + " holds files this pipeline did not write (" + String.join(", ", foreign)
          + "); it is never deleted: move them away or choose another --output");
    }
  }

  /**
   * Deletes the pipeline's files in a run folder, the marker last, so that a run stopped while deleting is still
   * recognized and finished by the next. Stores that keep folders (HDFS) get their emptied folders removed too.
   */
  private static void deleteRun(ResourceId run) throws IOException {
    List<ResourceId> files = new ArrayList<>();
    TreeSet<String> folders = new TreeSet<>(Comparator.reverseOrder());
    for (MatchResult.Metadata m : StoreFiles.under(run)) {
      String file = StoreFiles.relative(run, m.resourceId());
      if (OWN_FILE.matcher(file).matches() && !file.equals(RUN_MARKER)) {
        files.add(m.resourceId());
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
          folders.add(file.substring(0, slash + 1));
        }
      }
    }
    StoreFiles.delete(files);
    StoreFiles.delete(List.of(StoreFiles.file(run, RUN_MARKER)));
    folders.add("");
    for (String folder : folders) {
      try {
        StoreFiles.delete(List.of(StoreFiles.folder(run + folder)));
      } catch (IOException | RuntimeException e) {
        // Object stores (S3) have no folders to remove; a folder still holding a file is kept.
        LOG.debug("Folder {}{} not removed: {}", run, folder, e.toString());
      }
    }
  }

  /**
   * An output inside a folder that an input reads recursively would be read back as input by the next run; an input
   * inside the output could be deleted with a run folder.
   */
  static void refuseOverlap(String output, List<String> inputs) {
    for (String input : inputs) {
      if (InputFiles.isLocal(input)) {
        continue;
      }
      boolean glob = InputFiles.isGlob(input);
      String base = glob ? input.substring(0, input.lastIndexOf('/', InputFiles.globStart(input)) + 1) : input.replaceAll("/*$", "/");
      boolean recursive = !glob || input.contains("**");
      if (base.startsWith(output) || (recursive && output.startsWith(base))) {
        throw new IllegalArgumentException("--output " + output + " overlaps --input " + input
            + ": the output would be read as input, or the input deleted with the output; choose an output folder apart from the inputs");
      }
    }
  }
}
