package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

/**
 * Townships drawn at random from the whole national gazetteer, each in a short report of its own: the region must
 * come out as the township's own county or stay unresolved, never another county. A name used once nationwide
 * stands alone; a name several counties use comes with its county named in the body, as real reports do.
 */
class GazetteerRoundTripTest {

  private static final int SAMPLE = 600;
  private static final double MIN_RESOLVED = 0.97;

  private record Outcome(int right, int wrong, int total) {}

  @Test
  void randomTownshipsResolveToTheirOwnCounty() {
    Gazetteer gazetteer = Gazetteer.bundled();
    Map<String, List<Division>> byName = new HashMap<>();
    for (Division d : gazetteer.divisions()) {
      if (d.level() == Level.TOWNSHIP && !d.isSpecial() && d.name().matches(".+(镇|乡|街道|办事处)")
          && !gazetteer.byCode(d.codeAt(Level.COUNTY)).isZone()) {
        byName.computeIfAbsent(d.name(), n -> new ArrayList<>()).add(d);
      }
    }
    List<String> names = new ArrayList<>(byName.keySet());
    Collections.sort(names);
    Collections.shuffle(names, new Random(20261126));
    ReportProcessor processor = ReportProcessor.withRegistered();
    List<String> wrong = new ArrayList<>();
    int[] right = new int[2];
    int[] total = new int[2];
    for (String name : names.subList(0, SAMPLE)) {
      List<Division> homes = byName.get(name);
      boolean shared = homes.size() > 1;
      Division township = homes.get(0);
      String county = gazetteer.byCode(township.codeAt(Level.COUNTY)).name();
      String where = shared ? "在" + county + "的领导下," : "";
      String report = name + "2021年政府信息公开工作年度报告\n一、总体情况\n2021年," + where + name
          + "认真贯彻落实《中华人民共和国政府信息公开条例》。\n";
      ProcessedReport r = processor.process(name, report.getBytes(StandardCharsets.UTF_8));
      String got = r.region().countyCode();
      int kind = shared ? 1 : 0;
      total[kind]++;
      if (township.codeAt(Level.COUNTY).equals(got)) {
        right[kind]++;
      } else if (got != null) {
        wrong.add(name + " (" + township.code() + ") resolved to " + got);
      }
    }
    System.out.printf("gazetteer round trip: unique names %d/%d, shared names with their county %d/%d, wrong %d%n",
        right[0], total[0], right[1], total[1], wrong.size());
    assertThat(wrong).isEmpty();
    assertThat(right[0]).isGreaterThanOrEqualTo((int) (MIN_RESOLVED * total[0]));
    assertThat(right[1]).isGreaterThanOrEqualTo((int) (MIN_RESOLVED * total[1]));
  }
}
