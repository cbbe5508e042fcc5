package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class FileCostsTest {

  /** One cost travels per input file: as its path and two numbers, not as a serialized Java object. */
  @Test
  void aCostTravelsAsItsPathAndTwoNumbers() throws Exception {
    FileCosts.Cost cost = new FileCosts.Cost("/in/县政府/2021年报告.html", 48_213, 1_250);

    byte[] encoded = CoderUtils.encodeToByteArray(FileCosts.Cost.CODER, cost);

    assertThat(CoderUtils.decodeFromByteArray(FileCosts.Cost.CODER, encoded)).isEqualTo(cost);
    int path = cost.file().getBytes(StandardCharsets.UTF_8).length;
    assertThat(encoded.length).isLessThanOrEqualTo(path + 1 + 3 + 2);
  }
}
