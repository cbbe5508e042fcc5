package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
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

  /** A bundle hands on only its costs that may be kept: its largest and its slowest, each once, and then none. */
  @Test
  void aBundleHandsOnItsLargestAndSlowestOnly() {
    List<Long> sizes = LongStream.range(0, 200).boxed().collect(Collectors.toList());
    List<Long> times = new ArrayList<>(sizes);
    Collections.shuffle(sizes, new Random(7));
    Collections.shuffle(times, new Random(11));
    List<FileCosts.Cost> all = new ArrayList<>();
    FileCosts.BundleTop top = new FileCosts.BundleTop();
    for (int i = 0; i < sizes.size(); i++) {
      FileCosts.Cost cost = new FileCosts.Cost("/in/" + i + ".html", sizes.get(i), times.get(i));
      all.add(cost);
      top.add(cost);
    }

    Set<FileCosts.Cost> kept = top.drain();

    Set<FileCosts.Cost> expected = new HashSet<>();
    all.stream().sorted(new FileCosts.ByBytes().reversed()).limit(FileCosts.KEPT).forEach(expected::add);
    all.stream().sorted(new FileCosts.ByMillis().reversed()).limit(FileCosts.KEPT).forEach(expected::add);
    assertThat(kept).isEqualTo(expected);
    assertThat(top.drain()).isEmpty();
  }
}
