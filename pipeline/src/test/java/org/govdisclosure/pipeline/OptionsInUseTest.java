package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.util.Arrays;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptionsRegistrar;
import org.junit.jupiter.api.Test;

class OptionsInUseTest {

  /** Every option the README and the runs of the tests pass, and the direct runner's switches main reads. */
  private static final Set<String> TAKEN = Set.of("input", "output", "maxFileBytes", "fileTimeoutSeconds", "ocr",
      "ocrPageTimeoutSeconds", "shardsPerPartition", "quickCompilation", "s3PathStyleAccess", "runner", "flinkMaster",
      "parallelism", "filesToStage", "fasterCopy", "hdfsConfiguration", "awsRegion", "endpoint", "awsCredentialsProvider",
      "targetParallelism", "enforceImmutability", "enforceEncodability", "experiments", "jobName", "tempLocation");

  private static final Pattern GETTER = Pattern.compile("get|is");

  @Test
  void everyOptionARunTakesBelongsToARegisteredInterface() {
    Set<String> registered = OptionsInUse.INTERFACES.stream()
        .flatMap(options -> Arrays.stream(options.getMethods()))
        .filter(method -> method.getParameterCount() == 0 && GETTER.matcher(method.getName()).lookingAt())
        .map(method -> Introspector.decapitalize(GETTER.matcher(method.getName()).replaceFirst("")))
        .collect(Collectors.toSet());
    assertThat(registered).containsAll(TAKEN);
  }

  @Test
  void theRegistrarIsAServiceOfThePipeline() {
    assertThat(ServiceLoader.load(PipelineOptionsRegistrar.class).stream().map(ServiceLoader.Provider::type))
        .contains(OptionsInUse.class);
  }
}
