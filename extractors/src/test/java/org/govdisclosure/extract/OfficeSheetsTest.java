package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.govdisclosure.extract.evaluate.Gold;
import org.junit.jupiter.api.Test;

/** Workbooks laid out as offices lay them out (see the README beside them) give exactly their gold. */
class OfficeSheetsTest {

  private static final Path DIR = Path.of("src/test/resources/formats/sheets");

  @Test
  void workbooksWithTheTablesOnSheetsOfTheirOwnOrSideBySideGiveTheirGold() throws Exception {
    List<Gold> golds = Gold.in(DIR, DIR);
    assertThat(golds).hasSize(3);
    ExactGold.assertEachGivesItsGold(golds);
  }
}
