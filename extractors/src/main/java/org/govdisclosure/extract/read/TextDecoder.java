package org.govdisclosure.extract.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a file's charset by evidence, strongest first: a byte order mark, a charset the HTML declares, bytes that
 * are valid UTF-8, and otherwise GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese
 * government sites).
 */
public final class TextDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

  /** At most one damaged sequence per this many characters still counts as UTF-8. */
  private static final int MAX_DAMAGE_RATIO = 100;

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
    Charset declared = declaredCharset(bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      Charset effective = declared.name().startsWith("GB") ? GB18030 : declared;
      return new Decoded(new String(bytes, effective), effective.name());
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    // A UTF-8 file with a few damaged bytes stays UTF-8; GBK text read as UTF-8 breaks nearly every character.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    int replaced = replacements(lenient);
    if (replaced * MAX_DAMAGE_RATIO < lenient.length()) {
      return new Decoded(lenient, "UTF-8", replaced);
    }
    return new Decoded(new String(bytes, GB18030), "GB18030");
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
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
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
