package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar registers the options a run takes and no others (OptionsInUse says why). */
class RegisteredOptionsIT {

  private static final Pattern REGISTERED = Pattern.compile("The set of registered options are:\\R((?:  \\S+\\R)+)");

  @TempDir Path work;

  @Test
  void theShadedJarRegistersTheOptionsInUseAlone() throws Exception {
    String help = ShadedJar.run(work.resolve("help.log"), "--help").output();
    Matcher listed = REGISTERED.matcher(help);
    assertThat(listed.find()).as("the registered options in:%n%s", help).isTrue();
    assertThat(listed.group(1).lines().map(String::strip).sorted().toList())
        .isEqualTo(OptionsInUse.INTERFACES.stream().map(Class::getName).sorted().collect(Collectors.toList()));
  }
}
