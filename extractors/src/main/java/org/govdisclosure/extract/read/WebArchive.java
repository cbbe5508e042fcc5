package org.govdisclosure.extract.read;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A web page saved whole as one MIME file: Word's "single file web page" ({@code .mht}) and a browser's "save as
 * MHTML" ({@code .mhtml}), a multipart/related message whose first HTML part is the page, usually quoted-printable.
 * The page is read like any HTML file; the other parts (pictures, style sheets) are found by the addresses the page
 * gives them (RFC 2557: resolved against the page's {@code Content-Location}, or {@code cid:} naming a
 * {@code Content-ID}), so that the pictures it shows can be read where they stand.
 */
final class WebArchive {

  /** The headers of a MIME file stand in its first kilobytes; a crawled page never starts with them. */
  private static final int HEADER_SAMPLE = 4096;
  private static final Pattern BOUNDARY = Pattern.compile("(?i)\\bboundary\\s*=\\s*(?:\"([^\"]+)\"|([^\\s;]+))");
  private static final Pattern MULTIPART = Pattern.compile("(?im)^content-type:\\s*multipart/related\\b");
  private static final Pattern HTML_PART = Pattern.compile("(?im)^content-type:\\s*text/html\\b");
  private static final Pattern FRAMESET = Pattern.compile("(?i)<frameset\\b");
  private static final Pattern ENCODING = Pattern.compile("(?im)^content-transfer-encoding:\\s*([\\w-]+)");
  private static final Pattern LOCATION = Pattern.compile("(?im)^content-location:\\s*(\\S.*?)\\s*$");
  private static final Pattern CONTENT_ID = Pattern.compile("(?im)^content-id:\\s*<?([^>\\s]+)>?");
  /** The end of a part's (or the message's) headers: the first empty line. */
  private static final Pattern HEADERS_END = Pattern.compile("\\r?\\n\\r?\\n");

  /** A part: its headers' address and id, and where its body (still in its transfer encoding) stands in the file. */
  private record Part(String location, String id, int start, int end, String encoding, boolean html) {}

  /** The file's bytes as ISO-8859-1 characters, which the parts' offsets index. */
  private final String file;
  private final byte[] page;
  private final String location;
  private final List<Part> parts;

  private WebArchive(String file, Part page, List<Part> parts) {
    this.file = file;
    this.page = bytes(file, page);
    this.location = page.location();
    this.parts = parts;
  }

  /** The web archive these bytes are; null when they are none, or hold no page. */
  static WebArchive of(byte[] bytes) {
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
    Part page = null;
    List<Part> parts = new ArrayList<>();
    for (int at = all.indexOf(delimiter, end.end()); at >= 0; ) {
      int next = all.indexOf(delimiter, at + delimiter.length());
      int partStart = at + delimiter.length();
      int partEnd = next < 0 ? all.length() : next;
      Matcher bodyStart = HEADERS_END.matcher(all).region(partStart, partEnd);
      if (bodyStart.find()) {
        String headers = unfolded(all.substring(partStart, bodyStart.start()));
        Matcher encoding = ENCODING.matcher(headers);
        Matcher location = LOCATION.matcher(headers);
        Matcher id = CONTENT_ID.matcher(headers);
        Part p = new Part(location.find() ? location.group(1) : null, id.find() ? id.group(1) : null, bodyStart.end(), partEnd,
            encoding.find() ? encoding.group(1).toLowerCase(Locale.ROOT) : "", HTML_PART.matcher(headers).find());
        if (page == null && p.html()) {
          page = p;
        } else {
          parts.add(p);
        }
      }
      at = next;
    }
    return page == null ? null : new WebArchive(all, page, parts);
  }

  /**
   * The text of the page the archive holds, decoded from its transfer encoding and charset. A frameset page prints
   * nothing of its own but shows other pages in its frames: a workbook saved whole shows its first sheet in one and
   * the others behind its tab strip's links, so its text is that of every other page of the archive, in order.
   */
  Decoded decoded() {
    Decoded shell = TextDecoder.decode(page);
    if (!FRAMESET.matcher(shell.text()).find()) {
      return shell;
    }
    List<Decoded> shown = parts.stream().filter(Part::html).map(p -> TextDecoder.decode(bytes(file, p))).toList();
    return shown.isEmpty() ? shell : new Decoded(shown.stream().map(Decoded::text).collect(Collectors.joining("\n")), shown.get(0).charset(),
        shown.stream().mapToInt(Decoded::malformed).sum(), shown.stream().mapToInt(Decoded::nuls).sum());
  }

  /**
   * The bytes of the part the page names by {@code link} (an {@code <img>}'s {@code src}), null when the archive
   * holds none. Where no part has the address the link resolves to, the one part with the link's file name is it:
   * tools write the addresses of files with other than ASCII names in differing escapes and charsets.
   */
  byte[] part(String link) {
    String target = link.strip();
    if (target.regionMatches(true, 0, "cid:", 0, 4)) {
      String id = unescaped(target.substring(4));
      return parts.stream().filter(p -> id.equals(p.id())).findFirst().map(p -> bytes(file, p)).orElse(null);
    }
    String address = unescaped(resolved(target));
    Part named = null;
    int sameName = 0;
    for (Part p : parts) {
      if (p.location() == null) {
        continue;
      }
      String location = unescaped(p.location());
      if (location.equals(address)) {
        return bytes(file, p);
      }
      if (!fileName(address).isEmpty() && fileName(location).equals(fileName(address))) {
        named = p;
        sameName++;
      }
    }
    return sameName == 1 ? bytes(file, named) : null;
  }

  /** A link resolved against the page's address; as it stands where either is no URI. */
  private String resolved(String link) {
    try {
      return location == null ? link : URI.create(location).resolve(link).toString();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }

  /** An address with its %-escapes undone, as UTF-8 (a '+' stays a '+': it is no space in a path). */
  private static String unescaped(String address) {
    try {
      return URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return address;
    }
  }

  /** The last segment of an address's path, without query or fragment. */
  private static String fileName(String address) {
    int end = address.length();
    for (char c : new char[] {'?', '#'}) {
      end = address.indexOf(c) >= 0 ? Math.min(end, address.indexOf(c)) : end;
    }
    String path = address.substring(0, end);
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** A part's body as bytes, decoded from its transfer encoding. */
  private static byte[] bytes(String file, Part part) {
    return decoded(file.substring(part.start(), part.end()), part.encoding());
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
    byte[] out = new byte[body.length()]; // never longer than its text; a plain array, not a stream locked per byte
    int length = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '=') {
        out[length++] = (byte) c;
      } else if (i + 1 < body.length() && (body.charAt(i + 1) == '\n' || body.charAt(i + 1) == '\r')) {
        i += body.startsWith("\r\n", i + 1) ? 2 : 1;
      } else if (i + 2 < body.length() && hex(body.charAt(i + 1)) >= 0 && hex(body.charAt(i + 2)) >= 0) {
        out[length++] = (byte) (hex(body.charAt(i + 1)) << 4 | hex(body.charAt(i + 2)));
        i += 2;
      } else {
        out[length++] = (byte) c; // a stray '=' is kept, as mail readers do
      }
    }
    return Arrays.copyOf(out, length);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
