package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;

/**
 * The pictures a document shows, where sites and offices often print the section 三/四 tables: a picture the file
 * holds (a web page's {@code data:} URI or a part of the web archive holding the page, as pages saved whole keep
 * them; a Word file's image part or base64 data) large enough to be a table is read by OCR in its place; a picture
 * the document only links, or one held while OCR is off, is noted, so that a report missing a table can say where
 * the table may be. One OCR reads all the document's pictures and learns the digits of its type from each: section
 * 四's picture prints one row of counts, too few for the engine to read a lone digit in a wide cell without doubt.
 */
final class Pictures {

  /**
   * A table's picture is some hundreds of pixels long and at least some tens high: section 四's table, three rows of
   * headers over one of numbers, is seven times as wide as it is high, some 70 pixels when shown a page wide on a
   * screen. Icons, logos and seals are smaller one way, rules the other.
   */
  static final int MIN_LONG = 200;
  static final int MIN_SHORT = 60;

  /** More pictures than this are a gallery, not a report's tables: the rest are noted, not read. */
  static final int MAX_READ = 8;

  private static final Pattern DATA_URI = Pattern.compile("(?is)^data:image/[a-z0-9.+-]+;base64,(.*)$");
  private static final int SHOWN = 3;
  private static final int MAX_LINK = 120;

  private final PageOcr ocr;
  private final WebArchive archive;
  /** Made at the first picture held, not for every document read: its OCR keeps what one picture teaches for the next. */
  private ImageReader images;
  private final List<PageOcr.Result> read = new ArrayList<>();
  private final List<String> unread = new ArrayList<>();

  /** Pictures read with {@code ocr}, or only noted when it is null (OCR off). */
  Pictures(PageOcr ocr) {
    this(ocr, null);
  }

  /** Pictures read with {@code ocr} (noted when null), a web page's links to the parts of {@code archive} (if any) among them. */
  Pictures(PageOcr ocr, WebArchive archive) {
    this.ocr = ocr;
    this.archive = archive;
  }

  /** The blocks OCR read from the picture of an {@code <img>} with these attributes, empty when it is not read. */
  List<Block> at(String src, String width, String height) {
    if (tooSmall(pixels(width), pixels(height))) {
      return List.of();
    }
    Matcher data = DATA_URI.matcher(src.strip());
    if (!data.matches()) {
      byte[] archived = archive == null || src.isBlank() ? null : archive.part(src);
      if (archived != null) {
        return held(archived);
      }
      if (!src.isBlank()) {
        linked(src);
      }
      return List.of();
    }
    try {
      return held(Base64.getMimeDecoder().decode(data.group(1)));
    } catch (IllegalArgumentException e) {
      unreadable("damaged base64");
      return List.of();
    }
  }

  /** Notes a picture the document links to but does not hold. */
  void linked(String target) {
    String link = target.strip();
    unread.add("linked, not in the file: " + (link.length() > MAX_LINK ? link.substring(0, MAX_LINK) + "…" : link));
  }

  /** Notes a picture the document holds that cannot be read. */
  void unreadable(String why) {
    unread.add("in the file: " + why);
  }

  /** The blocks OCR reads from a picture the document holds, empty when it is not read. */
  List<Block> held(byte[] bytes) {
    if (ocr == null || read.size() >= MAX_READ) {
      unread.add(ocr == null ? "in the file, OCR off" : "in the file, past the " + MAX_READ + " pictures read a document");
      return List.of();
    }
    if (images == null) {
      images = new ImageReader(ocr.forDocument());
    }
    ReadResult picture = images.readPicture(bytes, MIN_LONG, MIN_SHORT);
    if (picture.ocr() != null) {
      read.add(picture.ocr());
    }
    if (!picture.isReadable() && !picture.failure().equals("too_small")) {
      unreadable(picture.reason());
    }
    return picture.isReadable() ? picture.document().blocks() : List.of();
  }

  /** What OCR read of the pictures, null when it read none. */
  PageOcr.Result ocr() {
    if (read.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    int pages = 0;
    long millis = 0;
    List<String> low = new ArrayList<>();
    for (PageOcr.Result r : read) {
      text.append(r.text()).append('\n');
      pages += r.pages();
      millis += r.millis();
      low.addAll(r.lowConfidence());
    }
    return new PageOcr.Result(text.toString(), pages, millis, low);
  }

  /** The pictures shown but not read, described for a warning; null when there are none. */
  String unread() {
    if (unread.isEmpty()) {
      return null;
    }
    String shown = String.join("; ", unread.subList(0, Math.min(SHOWN, unread.size())));
    return unread.size() + " picture(s) shown but not read (" + shown + (unread.size() > SHOWN ? "; …" : "") + ")";
  }

  /** Whether a picture shown with these sides in pixels (-1 where not given) is too small to be a table. */
  private static boolean tooSmall(int width, int height) {
    int shorter = width < 0 || height < 0 ? Math.max(width, height) : Math.min(width, height);
    return shorter >= 0 && shorter < MIN_SHORT || width >= 0 && height >= 0 && Math.max(width, height) < MIN_LONG;
  }

  /** An {@code <img>}'s width or height attribute in pixels, -1 when it gives none (or a share, or another unit). */
  private static int pixels(String attribute) {
    String digits = attribute.strip();
    if (digits.regionMatches(true, Math.max(0, digits.length() - 2), "px", 0, 2)) {
      digits = digits.substring(0, digits.length() - 2);
    }
    return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 6 ? Integer.parseInt(digits) : -1;
  }
}
