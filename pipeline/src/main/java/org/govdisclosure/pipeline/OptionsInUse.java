package org.govdisclosure.pipeline;

import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.io.aws2.options.AwsOptions;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions;
import org.apache.beam.sdk.options.ExperimentalOptions;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;

/**
 * The options a run takes on its command line: ours, the direct and Flink runners', S3's and HDFS's, and Beam's
 * experiments. The shaded jar registers these alone (the pom leaves out Beam's own registrations): Beam validates each
 * registered interface against all registered before it, sorting all their methods every time, and the 17 interfaces
 * of Beam's registrars (portable runners' environments, cross-language expansion, Kinesis, resource hints) took
 * about 1.4 s of CPU at every run's start for options no run of ours reads.
 */
public final class OptionsInUse implements PipelineOptionsRegistrar {

  static final List<Class<? extends PipelineOptions>> INTERFACES = List.of(ReportPipelineOptions.class, DirectOptions.class,
      FlinkPipelineOptions.class, AwsOptions.class, HadoopFileSystemOptions.class, ExperimentalOptions.class);

  @Override
  public Iterable<Class<? extends PipelineOptions>> getPipelineOptions() {
    return INTERFACES;
  }
}
