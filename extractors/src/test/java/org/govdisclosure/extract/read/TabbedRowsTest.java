package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.AllocatedBytes;
import org.junit.jupiter.api.Test;

/** Comma-separated and Python-list rows ({@link CsvRows}, {@link PythonListRows}) among a text's lines. */
class TabbedRowsTest {

  private static final List<String> PROSE = List.of("一、总体情况", "本机关全年共收到申请12件，办结11件。", "\t自然人\t3", "（一）予以公开");

  /** Every line of a text file is looked at: lines that are no such rows are passed on with nothing made for them. */
  @Test
  void linesOfNoRowAreLookedAtWithoutAllocating() {
    assertThat(AllocatedBytes.perCall(2_000, () -> CsvRows.tabbed(PROSE).size() + PythonListRows.tabbed(PROSE).size())).isZero();
    assertThat(CsvRows.tabbed(PROSE)).isSameAs(PROSE);
    assertThat(PythonListRows.tabbed(PROSE)).isSameAs(PROSE);
  }

  @Test
  void rowsAmongOtherLinesAreTabbed() {
    List<String> lines = List.of("说明", "自然人,3,4", "商业企业,1,0", "完", "['自然人', '3']", "['商业企业', None]", "完");
    assertThat(PythonListRows.tabbed(CsvRows.tabbed(lines)))
        .containsExactly("说明", "自然人\t3\t4", "商业企业\t1\t0", "完", "自然人\t3", "商业企业\t", "完");
  }
}
