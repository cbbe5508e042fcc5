package org.govdisclosure.pipeline;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Command-line options of the report pipeline ({@code --help} lists them). */
public interface ReportPipelineOptions extends PipelineOptions {

  @Description("Input report files: one or more globs or folders, comma-separated or repeated (a folder means every file under it).")
  @Validation.Required
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Output folder, local or on hdfs:// or s3://. A local output holds each table under <output>/<table>/year=<YYYY>/county_code=<code>/; "
      + "a remote one under <output>/runs/<run_id>/<table>/…, where <run_id> is the one <output>/_SUCCESS names.")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description("Files larger than this many bytes are not extracted and get status unreadable (reason: too_large); they are only hashed, by streaming.")
  @Default.Long(64L * 1024 * 1024)
  long getMaxFileBytes();

  void setMaxFileBytes(long value);

  @Description("Time budget per file, in seconds of CPU time: a file whose reading and extraction spends more, or spends almost no CPU for as long on the clock, is stopped and gets status unreadable (reason: timeout).")
  @Default.Long(120)
  long getFileTimeoutSeconds();

  void setFileTimeoutSeconds(long value);

  @Description("Read scanned PDFs and pictures (PNG, JPEG, TIFF) by OCR; false leaves them unreadable, for a fast pass.")
  @Default.Boolean(true)
  boolean getOcr();

  void setOcr(boolean value);

  @Description("Seconds of CPU time added to a file's --fileTimeoutSeconds for each page OCR starts on (a scanned page of tables "
      + "takes some 3 s), so that a long scan is not stopped; 0 counts OCR against the file's budget alone.")
  @Default.Long(30)
  long getOcrPageTimeoutSeconds();

  void setOcrPageTimeoutSeconds(long value);

  @Description("Parquet files per partition directory of each table.")
  @Default.Integer(1)
  int getShardsPerPartition();

  void setShardsPerPartition(int value);

  @Description("Compile the run's code with HotSpot's quick compiler (C1) alone: on runs of up to a few hundred thousand reports the "
      + "optimizing compiler (C2) costs more CPU than its code saves. Launched from the command line, the run goes on in a JVM of its own "
      + "started with -XX:TieredStopAtLevel=1; otherwise C2 is kept off this JVM. false leaves the JVM's compilers as they are; a JVM "
      + "started with its own compiler flags (-XX:TieredStopAtLevel, ...) is always left as it is, and so are a Flink cluster's task managers.")
  @Default.Boolean(true)
  boolean getQuickCompilation();

  void setQuickCompilation(boolean value);

  @Description("Address S3 buckets by path (http://<endpoint>/<bucket>/<key>) rather than by host name (<bucket>.<endpoint>), "
      + "as most S3-compatible stores (MinIO, Ceph, S3Mock) behind an --endpoint need.")
  @Default.Boolean(false)
  boolean getS3PathStyleAccess();

  void setS3PathStyleAccess(boolean value);
}
