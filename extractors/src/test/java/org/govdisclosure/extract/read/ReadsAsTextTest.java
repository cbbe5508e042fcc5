package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which files a run decodes as text, told by the reader plug-ins themselves: the ones none takes by its bytes. */
class ReadsAsTextTest {

  private static byte[] opening(int... bytes) {
    byte[] b = new byte[64];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    for (int i = bytes.length; i < b.length; i++) {
      b[i] = 'x';
    }
    return b;
  }

  @Test
  void textAndHtmlAreReadAsText() {
    assertThat(ReportReader.readsAsText("二〇二〇年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(ReportReader.readsAsText("<html><body>报告</body></html>".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(ReportReader.readsAsText("报告".getBytes(StandardCharsets.UTF_16))).isTrue();
  }

  @Test
  void aFileAReaderTakesByItsBytesIsNot() {
    assertThat(ReportReader.readsAsText(opening('%', 'P', 'D', 'F'))).isFalse();
    assertThat(ReportReader.readsAsText(opening(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))).isFalse();
    assertThat(ReportReader.readsAsText(opening(0x89, 'P', 'N', 'G'))).isFalse();
    assertThat(ReportReader.readsAsText(opening(0xFF, 0xD8, 0xFF))).isFalse();
  }

  /** A ZIP archive is read as an Office file or fails as an archive; other binary data fails: none is decoded as text. */
  @Test
  void archivesAndBinaryDataAreNot() {
    assertThat(ReportReader.readsAsText(opening('P', 'K', 3, 4))).isFalse();
    assertThat(ReportReader.readsAsText(opening(0x1F, 0x8B))).isFalse();
    assertThat(ReportReader.readsAsText(new byte[64])).isFalse();
  }
}
