package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.govdisclosure.extract.evaluate.Gold;
import org.junit.jupiter.api.Test;

/** Reports printed to PDF by other tools than LibreOffice (see the README beside them) give exactly their gold. */
class OtherToolsPdfTest {

  private static final Path DIR = Path.of("src/test/resources/formats/tools");
  private static final Path OCR_DIR = DIR.resolve("ocr");
  /** The share of the OCR-read reports' gold cells read today (190 of 192): raise it as OCR improves. */
  private static final double OCR_FLOOR = 0.985;

  @Test
  void reportsPrintedByOtherToolsGiveTheirGold() throws Exception {
    List<Gold> golds = Gold.in(DIR, DIR);
    assertThat(golds).isNotEmpty();
    ExactGold.assertEachGivesItsGold(golds);
  }

  /** Reports whose fonts carry no map to Unicode are read by OCR: a floor of their gold cells, and no wrong number. */
  @Test
  void reportsWithoutAUnicodeMapReadByOcrGiveNoWrongNumber() throws Exception {
    List<Gold> golds = Gold.in(OCR_DIR, OCR_DIR);
    assertThat(golds).isNotEmpty();
    GoldFloor.assertReadAtLeastAndNoneWrong(golds, OCR_FLOOR);
  }
}
