package org.govdisclosure.extract.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a file's charset by evidence, strongest first: a byte order mark, the byte pattern of UTF-16 (see
 * {@link #utf16ByPattern}), a charset the HTML declares, bytes that are valid UTF-8, and otherwise GB18030 (a
 * superset of GBK and GB2312, the usual encodings of Chinese government sites). A few stray NUL bytes, which
 * {@link BinarySniffer} lets through, are removed from the text and counted.
 */
public final class TextDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

  /** At most one damaged sequence per this many characters still counts as UTF-8. */
  private static final int MAX_DAMAGE_RATIO = 100;
  /** UTF-16 is told from the first this many bytes. */
  private static final int UTF16_SAMPLE = 8192;
  /** In UTF-16 text, ASCII (digits, line breaks) leaves a zero byte in at least this share of the code units... */
  private static final double UTF16_MIN_ZERO_SHARE = 0.01;
  /** ...and nearly every unit is ASCII, CJK or CJK punctuation; bytes of any other encoding read so are noise. */
  private static final double UTF16_MIN_PLAUSIBLE_SHARE = 0.95;

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    Charset utf16 = utf16ByPattern(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16.name());
    }
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      Charset effective = declared.name().startsWith("GB") ? GB18030 : declared;
      return withoutNuls(new String(bytes, effective), effective.name(), 0);
    }
    // Read leniently, a malformed byte becomes U+FFFD: text without one is what a strict reading gives, told without
    // a second decoding; text with one is read strictly again, as U+FFFD may be printed.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    String utf8 = lenient.indexOf('\uFFFD') < 0 ? lenient : strictUtf8(bytes);
    if (utf8 != null) {
      return withoutNuls(utf8, "UTF-8", 0);
    }
    // A UTF-8 file with a few damaged bytes stays UTF-8; GBK text read as UTF-8 breaks nearly every character.
    int replaced = replacements(lenient);
    if (replaced * MAX_DAMAGE_RATIO < lenient.length()) {
      return withoutNuls(lenient, "UTF-8", replaced);
    }
    return withoutNuls(new String(bytes, GB18030), "GB18030", 0);
  }

  /** In a single-byte-based encoding a NUL is never text: a stray one is removed, not shown. */
  private static Decoded withoutNuls(String text, String charset, int malformed) {
    int nuls = 0;
    for (int i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) {
      nuls++;
    }
    return new Decoded(nuls == 0 ? text : text.replace("\0", ""), charset, malformed, nuls);
  }

  /**
   * UTF-16 without a byte order mark, told by its byte pattern: the ASCII in a report (digits, spaces, line breaks)
   * leaves zero bytes in the high-order positions, and read in that byte order nearly every code unit is
   * ASCII, a CJK ideograph or CJK punctuation. UTF-8 and GBK text read as UTF-16 give mostly private-use,
   * Hangul and surrogate code units instead, and a stray NUL in them is one zero byte, not a pattern.
   */
  static Charset utf16ByPattern(byte[] bytes) {
    int units = Math.min(bytes.length, UTF16_SAMPLE) / 2;
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < units; i++) {
      zeroEven += bytes[2 * i] == 0 ? 1 : 0;
      zeroOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    // Ideographs such as 一 (U+4E00) and the ideographic space put zeros in the other positions, but far fewer.
    int high = Math.max(zeroEven, zeroOdd);
    if (high < UTF16_MIN_ZERO_SHARE * units || Math.min(zeroEven, zeroOdd) * 2 > high) {
      return null;
    }
    boolean bigEndian = zeroEven > zeroOdd;
    int plausible = 0;
    for (int i = 0; i < units; i++) {
      int first = bytes[2 * i] & 0xFF;
      int second = bytes[2 * i + 1] & 0xFF;
      plausible += plausibleInReport((char) (bigEndian ? first << 8 | second : second << 8 | first)) ? 1 : 0;
    }
    if (plausible < UTF16_MIN_PLAUSIBLE_SHARE * units) {
      return null;
    }
    return bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
  }

  private static boolean plausibleInReport(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F
        || c >= 0xA0 && c <= 0xFF // no-break space, ×, ·
        || c >= 0x2000 && c <= 0x2BFF // general punctuation, ①, Ⅰ, arrows, box drawing, ■
        || c >= 0x3000 && c <= 0x9FFF // CJK punctuation (、。《》), kana, CJK ideographs
        || c >= 0xFF00 && c <= 0xFFEF; // full-width forms: （），：０-９
  }

  private static int replacements(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\uFFFD') {
        n++;
      }
    }
    return n;
  }

  /** The charset an HTML head declares, looked for in the first few kilobytes only. */
  private static Charset declaredCharset(byte[] bytes) {
    int length = Math.min(bytes.length, 4096);
    if (!contains(bytes, length, (byte) '<')) {
      return null; // no tag at all, as in every text file: no need for the regex
    }
    String head = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean contains(byte[] bytes, int length, byte b) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == b) {
        return true;
      }
    }
    return false;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
