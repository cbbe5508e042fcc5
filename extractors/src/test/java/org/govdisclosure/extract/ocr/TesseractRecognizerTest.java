package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's text as the page prints it: no spaces between Chinese characters, an ordinal's bracket its own. */
class TesseractRecognizerTest {

  @Test
  void anOrdinalsBracketReadAsALookAlikeIsPutBack() {
    assertThat(TesseractRecognizer.cleaned("【一) 予以公开")).isEqualTo("(一)予以公开");
    assertThat(TesseractRecognizer.cleaned("〔七)总计")).isEqualTo("(七)总计");
    assertThat(TesseractRecognizer.cleaned("〔2019〕60号")).isEqualTo("〔2019〕60号");
  }

  @Test
  void anOrdinalsClosingBracketReadAsASevenIsPutBack() {
    assertThat(TesseractRecognizer.cleaned("《二7部分公开")).isEqualTo("(二)部分公开");
    assertThat(TesseractRecognizer.cleaned("（三7不予公开")).isEqualTo("(三)不予公开");
    assertThat(TesseractRecognizer.cleaned("(一)7")).isEqualTo("(一)7");
    assertThat(TesseractRecognizer.cleaned("十7")).isEqualTo("十7");
  }
}
