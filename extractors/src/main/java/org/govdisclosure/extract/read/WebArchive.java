package org.govdisclosure.extract.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved whole as one MIME file: Word's "single file web page" ({@code .mht}) and a browser's "save as
 * MHTML" ({@code .mhtml}), a multipart/related message whose first HTML part is the page, usually quoted-printable.
 * The page is read like any HTML file; the other parts (pictures, style sheets) are not.
 */
final class WebArchive {

  /** The headers of a MIME file stand in its first kilobytes; a crawled page never starts with them. */
  private static final int HEADER_SAMPLE = 4096;
  private static final Pattern BOUNDARY = Pattern.compile("(?i)\\bboundary\\s*=\\s*(?:\"([^\"]+)\"|([^\\s;]+))");
  private static final Pattern MULTIPART = Pattern.compile("(?im)^content-type:\\s*multipart/related\\b");
  private static final Pattern HTML_PART = Pattern.compile("(?im)^content-type:\\s*text/html\\b");
  private static final Pattern ENCODING = Pattern.compile("(?im)^content-transfer-encoding:\\s*([\\w-]+)");
  /** The end of a part's (or the message's) headers: the first empty line. */
  private static final Pattern HEADERS_END = Pattern.compile("\\r?\\n\\r?\\n");

  private WebArchive() {}

  /** The bytes of the page a web archive holds, decoded from its transfer encoding; null when these are no web archive. */
  static byte[] page(byte[] bytes) {
    if (bytes.length == 0 || !Character.isLetter(bytes[0])) {
      return null; // a MIME file starts with a header's name; skips the look at text files' heads
    }
    // Headers and boundaries are ASCII, so a one-byte charset keeps every offset a byte offset.
    String head = new String(bytes, 0, Math.min(bytes.length, HEADER_SAMPLE), StandardCharsets.ISO_8859_1);
    Matcher end = HEADERS_END.matcher(head);
    if (!end.find() || !MULTIPART.matcher(head.substring(0, end.start())).find()) {
      return null;
    }
    Matcher b = BOUNDARY.matcher(unfolded(head.substring(0, end.start())));
    if (!b.find()) {
      return null;
    }
    String all = new String(bytes, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + (b.group(1) != null ? b.group(1) : b.group(2));
    for (int at = all.indexOf(delimiter, end.end()); at >= 0; ) {
      int next = all.indexOf(delimiter, at + delimiter.length());
      String part = all.substring(at + delimiter.length(), next < 0 ? all.length() : next);
      Matcher partEnd = HEADERS_END.matcher(part);
      if (partEnd.find()) {
        String headers = unfolded(part.substring(0, partEnd.start()));
        if (HTML_PART.matcher(headers).find()) {
          Matcher encoding = ENCODING.matcher(headers);
          return decoded(part.substring(partEnd.end()), encoding.find() ? encoding.group(1).toLowerCase(Locale.ROOT) : "");
        }
      }
      at = next;
    }
    return null;
  }

  /** Headers with their continuation lines (those starting with white space) joined to the line they continue. */
  private static String unfolded(String headers) {
    return headers.replaceAll("\\r?\\n[ \\t]+", " ");
  }

  /** A part's body as bytes; its characters are the ISO-8859-1 reading of the file's bytes. */
  private static byte[] decoded(String body, String encoding) {
    return switch (encoding) {
      case "quoted-printable" -> quotedPrintable(body);
      case "base64" -> Base64.getMimeDecoder().decode(body.strip());
      default -> body.getBytes(StandardCharsets.ISO_8859_1);
    };
  }

  /** Quoted-printable (RFC 2045): {@code =XX} is a byte, {@code =} at a line's end joins it to the next. */
  private static byte[] quotedPrintable(String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '=') {
        out.write(c);
      } else if (i + 1 < body.length() && (body.charAt(i + 1) == '\n' || body.charAt(i + 1) == '\r')) {
        i += body.startsWith("\r\n", i + 1) ? 2 : 1;
      } else if (i + 2 < body.length() && hex(body.charAt(i + 1)) >= 0 && hex(body.charAt(i + 2)) >= 0) {
        out.write(hex(body.charAt(i + 1)) << 4 | hex(body.charAt(i + 2)));
        i += 2;
      } else {
        out.write(c); // a stray '=' is kept, as mail readers do
      }
    }
    return out.toByteArray();
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
