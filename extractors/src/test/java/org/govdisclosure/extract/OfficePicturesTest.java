package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.govdisclosure.extract.evaluate.Gold;
import org.junit.jupiter.api.Test;

/**
 * Reports whose section 三/四 tables are pictures held inside the document (a Word single file web page, Word 2003
 * XML; see the README beside them): the pictures are read by OCR where they stand, no number wrong.
 */
class OfficePicturesTest {

  private static final Path DIR = Path.of("src/test/resources/formats/pictures");
  /**
   * The share of the gold cells read: all 362 since section 四's lone digits are read by the shapes the section 三
   * picture taught (359 before, three 四 counts left blank).
   */
  private static final double FLOOR = 1.0;

  @Test
  void picturesHeldInsideTheDocumentAreReadWhereTheyStandWithNoWrongNumber() throws Exception {
    List<Gold> golds = Gold.in(DIR, DIR);
    assertThat(golds).hasSize(2);
    GoldFloor.assertReadAtLeastAndNoneWrong(golds, FLOOR);
  }
}
