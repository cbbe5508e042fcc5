package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;

/** A test's engine that reads as the wrapped one does, but where it overrides a reading: a misreading staged. */
interface ForwardingRecognizer extends Recognizer {

  Recognizer engine();

  @Override
  default Read read(BufferedImage block) {
    return engine().read(block);
  }

  @Override
  default Read readWord(BufferedImage block) {
    return engine().readWord(block);
  }

  @Override
  default Read readDigits(BufferedImage block) {
    return engine().readDigits(block);
  }

  @Override
  default Read readDigitWord(BufferedImage block) {
    return engine().readDigitWord(block);
  }
}
