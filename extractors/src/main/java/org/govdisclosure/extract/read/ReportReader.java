package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.govdisclosure.extract.Providers;
import org.govdisclosure.extract.Unavailable;

/**
 * Reads a report file of any supported format into a {@link org.govdisclosure.extract.model.Document}, sniffing the
 * format from its bytes, never from the file name: each format's reader is a {@link FormatReader} registered under
 * {@code META-INF/services} (plain text, HTML, a document-AI tool's list of elements, a structured export in JSON, YAML
 * or XML, DOCX, Word 97, OpenDocument text and spreadsheets, PDF, Excel, and by OCR scanned PDFs and images), and a
 * file goes to the first that accepts it: by its bytes, then, for a file that is text, by its text.
 */
public final class ReportReader {

  /**
   * Text and HTML past this size are not read: a report is some hundred kilobytes, and an HTML page's tree takes
   * some fifty times its size in heap (a 33 MB page needed over 1.5 GB), so one such file could starve the heap that
   * the files read beside it share. PDF, DOCX and Excel bound their own memory (page limit, buffers spilled to disk, the unpacked
   * size and entries of a ZIP, {@link OfficeZip}).
   */
  static final int MAX_TEXT_BYTES = 16 * 1024 * 1024;
  /** The heap an HTML page's tree takes for each byte of the page (above). */
  private static final int TREE_BYTES_PER_PAGE_BYTE = 50;

  /** A format's reader and its reading, guarded: one whose classes fail to load costs only the files of its own format. */
  private record Format(FormatReader reader, GuardedReader<FormatReader.Reading> reading) {}

  private final PageOcr ocr;
  private final List<Format> formats;
  /** The registered readers that failed to load, each left out. */
  private final List<Unavailable> notLoaded;

  /** A reader without OCR: scans and images are unreadable. */
  public ReportReader() {
    this(null);
  }

  /** A reader of the registered formats that reads scans and images with {@code ocr} (none when null). */
  public ReportReader(PageOcr ocr) {
    this(ocr, new ArrayList<>());
  }

  /** A reader of the formats {@code readers} read, whether registered or not. */
  public ReportReader(List<FormatReader> readers, PageOcr ocr) {
    this(readers, List.of(), ocr);
  }

  /** The registered readers; those that fail to load are added to {@code notLoaded}. */
  private ReportReader(PageOcr ocr, List<Unavailable> notLoaded) {
    this(Providers.load(FormatReader.class, Unavailable.READER, notLoaded), notLoaded, ocr);
  }

  private ReportReader(List<FormatReader> readers, List<Unavailable> notLoaded, PageOcr ocr) {
    this.ocr = ocr;
    this.notLoaded = List.copyOf(notLoaded);
    this.formats = readers.stream().sorted(Comparator.comparingInt(FormatReader::order).thenComparing(FormatReader::name))
        .map(r -> new Format(r, new GuardedReader<>(r.name(), () -> r.open(ocr)))).toList();
  }

  /** The readers that cannot be used, each with its cause: those that failed to load so far. */
  public List<Unavailable> unavailable() {
    return Stream.concat(notLoaded.stream(), formats.stream().map(f -> f.reading().unavailable()).filter(Objects::nonNull)).toList();
  }

  /** The OCR engine's name, null without OCR. */
  public String ocrEngine() {
    return ocr == null ? null : ocr.engine();
  }

  /**
   * Whether {@link #read} decodes these bytes as text or HTML: no registered reader takes them by their bytes (a PDF,
   * a Word 97 file, an image), and they are no ZIP archive (an Office file's) nor other binary data.
   */
  public static boolean readsAsText(byte[] bytes) {
    OfferedFile file = OfferedFile.ofBytes(bytes, null);
    return !Openings.zip(bytes) && Registered.READERS.stream().noneMatch(r -> r.accepts(file)) && BinarySniffer.describe(bytes) == null;
  }

  /** The registered readers, loaded on first use: {@link #readsAsText} asks the plug-ins which bytes are theirs. */
  private static final class Registered {
    static final List<FormatReader> READERS = Providers.load(FormatReader.class, Unavailable.READER, new ArrayList<>());
  }

  /**
   * The most heap that reading one file of at most {@code maxFileBytes} takes: the file's bytes and the tree of the
   * largest page read as text (two 16 MiB pages read side by side held some 480 MB each); PDF, DOCX and Excel bound
   * their own memory below that.
   */
  public static long mostHeapOfOneFile(long maxFileBytes) {
    return maxFileBytes + TREE_BYTES_PER_PAGE_BYTE * Math.min(maxFileBytes, MAX_TEXT_BYTES);
  }

  public ReadResult read(byte[] bytes) {
    if (bytes.length == 0) {
      return ReadResult.failed("empty", "the file is empty (0 bytes)");
    }
    OfficeZip.Contents zip = Openings.zip(bytes) ? OfficeZip.scan(bytes) : null;
    if (zip != null && zip.tooLarge() != null) {
      return ReadResult.failed(ReadResult.TOO_LARGE, zip.tooLarge());
    }
    ReadResult read = firstAccepting(OfferedFile.ofBytes(bytes, zip == null ? null : zip.kind()));
    if (read != null) {
      return read;
    }
    String binary = zip != null
        ? "ZIP archive that is no Word (DOCX), Excel (XLSX) or OpenDocument (ODT, ODS) file: unpack it and run on the files inside"
        : BinarySniffer.describe(bytes);
    if (binary != null) {
      return ReadResult.failed("binary", binary);
    }
    if (bytes.length > MAX_TEXT_BYTES) {
      return ReadResult.failed(ReadResult.TOO_LARGE, "text or HTML file of " + bytes.length + " bytes, over the " + (MAX_TEXT_BYTES >> 20)
          + " MiB a text report can plausibly need: not read, to keep memory bounded");
    }
    WebArchive archive = WebArchive.of(bytes);
    Decoded decoded = archive != null ? archive.decoded() : TextDecoder.decode(bytes);
    if (decoded.text().isBlank()) {
      return ReadResult.failed("empty", "the file holds only whitespace");
    }
    read = firstAccepting(OfferedFile.ofText(bytes, decoded, archive));
    return read != null ? read : ReadResult.failed("unsupported", "text that no registered reader reads");
  }

  /** The file read by the first reader that accepts it and finds it in its format; null when none does. */
  private ReadResult firstAccepting(OfferedFile file) {
    for (Format format : formats) {
      if (format.reader().accepts(file)) {
        ReadResult read = format.reading().read(r -> r.read(file));
        if (read != null) {
          return read;
        }
      }
    }
    return null;
  }
}
