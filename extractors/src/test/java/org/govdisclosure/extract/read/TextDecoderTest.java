package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String TEXT = "二〇二〇年政府信息公开工作年度报告：收到申请３件";

  @Test
  void utf8WithAndWithoutBom() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(plain)).isEqualTo(new Decoded(TEXT, "UTF-8"));
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    assertThat(TextDecoder.decode(bom)).isEqualTo(new Decoded(TEXT, "UTF-8"));
  }

  @Test
  void utf16WithBom() {
    assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))).text()).isEqualTo(TEXT);
  }

  @Test
  void gbkWithoutDeclarationIsReadAsGb18030() {
    Decoded d = TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")));
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset()).isEqualTo("GB18030");
  }

  @Test
  void htmlDeclaredCharsetWins() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>" + TEXT + "</body></html>";
    Decoded d = TextDecoder.decode(html.getBytes(Charset.forName("GBK")));
    assertThat(d.text()).contains(TEXT);
  }

  @Test
  void aFewDamagedBytesInUtf8AreReplacedAndCounted() {
    String long_ = TEXT.repeat(20);
    byte[] bytes = long_.getBytes(StandardCharsets.UTF_8);
    bytes[10] = (byte) 0xFF;
    Decoded d = TextDecoder.decode(bytes);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.malformed()).isPositive();
    assertThat(d.text()).contains("收到申请３件");
  }

  /** A U+FFFD the text prints, well-formed in UTF-8, is text: nothing was replaced, nothing counted as damaged. */
  @Test
  void aPrintedReplacementCharacterIsNoDamage() {
    String printed = TEXT + "\uFFFD" + TEXT;
    assertThat(TextDecoder.decode(printed.getBytes(StandardCharsets.UTF_8))).isEqualTo(new Decoded(printed, "UTF-8"));
  }

  /** Every report of the corpus: UTF-16 without a BOM is told in both byte orders, and UTF-8 or GB18030 never is. */
  @Test
  void utf16WithoutBomIsToldFromEveryOtherEncodingOfEveryCorpusReport() throws Exception {
    for (Gold g : TestCorpus.under("seeds", "real", "flattened")) {
      String text = TextDecoder.decode(Files.readAllBytes(g.report())).text();
      for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        Decoded d = TextDecoder.decode(text.getBytes(charset));
        assertThat(d.charset()).as(g.name()).isEqualTo(charset.name());
        assertThat(d.text()).as(g.name()).isEqualTo(text);
      }
      assertThat(TextDecoder.utf16ByPattern(text.getBytes(StandardCharsets.UTF_8))).as(g.name()).isNull();
      assertThat(TextDecoder.utf16ByPattern(text.getBytes(Charset.forName("GB18030")))).as(g.name()).isNull();
    }
  }

  @Test
  void aStrayNulIsRemovedAndCounted() {
    Decoded d = TextDecoder.decode(("收到申请\0３件").getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("收到申请３件");
    assertThat(d.nuls()).isEqualTo(1);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
