package org.govdisclosure.extract.read;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.govdisclosure.extract.Unavailable;
import org.govdisclosure.extract.model.Document;

/**
 * Reads a report file of any supported format (plain text, HTML, a document-AI tool's list of elements, a structured
 * export in JSON, YAML or XML, DOCX, Word 97, OpenDocument text and spreadsheets, PDF, Excel, and by OCR scanned PDFs
 * and images) into a {@link Document}, sniffing the format from its bytes, never from the file name.
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

  /**
   * The rule under a markdown table's header ({@code |---|}): no HTML page has one at the start of a line, while
   * markdown that a converter opened with a raw {@code <div>} does; such text is read as text (its HTML tables too).
   */
  private static final Pattern MARKDOWN_TABLE_RULE = Pattern.compile("(?m)^\\|\\s*:?-{3,}");
  private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|table|div|p)[\\s>]");

  private final PageOcr ocr;
  // Each reader guarded: one whose classes fail to load costs only the files of its own format. Lambdas, not
  // constructor references: linking a reference verifies the reader's class here, outside the guard.
  private final GuardedReader<PlainTextReader> text = new GuardedReader<>("PlainTextReader", () -> new PlainTextReader());
  private final GuardedReader<HtmlReader> html = new GuardedReader<>("HtmlReader", () -> new HtmlReader());
  private final GuardedReader<DocxReader> docx = new GuardedReader<>("DocxReader", () -> new DocxReader());
  private final GuardedReader<OdtReader> odt = new GuardedReader<>("OdtReader", () -> new OdtReader());
  private final GuardedReader<DocReader> doc = new GuardedReader<>("DocReader", () -> new DocReader());
  private final GuardedReader<SheetReader> sheets = new GuardedReader<>("SheetReader", () -> new SheetReader());
  private final GuardedReader<OdsReader> ods = new GuardedReader<>("OdsReader", () -> new OdsReader(new SheetReader()));
  private final GuardedReader<Class<WordXml>> wordXml = GuardedReader.ofClass("WordXml", () -> WordXml.class);
  private final GuardedReader<Class<DocumentElements>> elements = GuardedReader.ofClass("DocumentElements", () -> DocumentElements.class);
  private final GuardedReader<Class<StructuredExport>> exports = GuardedReader.ofClass("StructuredExport", () -> StructuredExport.class);
  private final GuardedReader<PdfReader> pdf;
  private final GuardedReader<ImageReader> image;
  private final List<GuardedReader<?>> all;

  /** A reader without OCR: scans and images are unreadable. */
  public ReportReader() {
    this(null);
  }

  /** A reader that reads scans and images with {@code ocr} (none when null). */
  public ReportReader(PageOcr ocr) {
    this.ocr = ocr;
    pdf = new GuardedReader<>("PdfReader", () -> new PdfReader(ocr));
    image = new GuardedReader<>("ImageReader", () -> new ImageReader(ocr));
    all = List.of(text, html, docx, odt, doc, sheets, ods, wordXml, elements, exports, pdf, image);
  }

  /** The readers that cannot be used, each with its cause: those whose classes failed to load so far. */
  public List<Unavailable> unavailable() {
    return all.stream().map(GuardedReader::unavailable).filter(Objects::nonNull).toList();
  }

  /** The OCR engine's name, null without OCR. */
  public String ocrEngine() {
    return ocr == null ? null : ocr.engine();
  }

  /** Whether {@link #read} decodes these bytes as text or HTML, rather than opening them as a PDF, Office file or image. */
  public static boolean readsAsText(byte[] bytes) {
    return !Openings.pdf(bytes) && !Openings.zip(bytes) && !Openings.ole2(bytes) && !Openings.image(bytes);
  }

  /**
   * The most heap that reading one file of at most {@code maxFileBytes} takes: the file's bytes and the tree of the
   * largest page read as text (two 16 MiB pages read side by side held some 480 MB each); PDF, DOCX and Excel bound
   * their own memory below that.
   */
  public static long mostHeapOfOneFile(long maxFileBytes) {
    return maxFileBytes + TREE_BYTES_PER_PAGE_BYTE * Math.min(maxFileBytes, MAX_TEXT_BYTES);
  }

  /** A document's pictures, read by OCR when there is OCR. */
  private Pictures pictures() {
    return pictures(null);
  }

  /** A web page's pictures, those {@code archive} holds beside it (none when null) read as the page's own. */
  private Pictures pictures(WebArchive archive) {
    return new Pictures(ocr, archive);
  }

  public ReadResult read(byte[] bytes) {
    if (bytes.length == 0) {
      return ReadResult.failed("empty", "the file is empty (0 bytes)");
    }
    if (Openings.pdf(bytes)) {
      return pdf.read(r -> r.read(bytes));
    }
    if (Openings.zip(bytes)) {
      OfficeZip.Contents zip = OfficeZip.scan(bytes);
      if (zip.tooLarge() != null) {
        return ReadResult.failed(ReadResult.TOO_LARGE, zip.tooLarge());
      }
      return switch (zip.kind()) {
        case WORD -> docx.read(r -> r.read(bytes, pictures()));
        case SPREADSHEET -> sheets.read(r -> r.readXlsx(bytes));
        case ODF_TEXT -> odt.read(r -> r.read(bytes, pictures()));
        case ODF_SPREADSHEET -> ods.read(r -> r.read(bytes));
        case OTHER -> ReadResult.failed("binary", "ZIP archive that is no Word (DOCX), Excel (XLSX) or OpenDocument (ODT, ODS) file: unpack it and run on the files inside");
      };
    }
    if (Openings.ole2(bytes)) {
      return doc.read(r -> r.read(bytes, pictures()));
    }
    if (Openings.image(bytes)) {
      return image.read(r -> r.read(bytes));
    }
    String binary = BinarySniffer.describe(bytes);
    if (binary != null) {
      return ReadResult.failed("binary", binary);
    }
    if (bytes.length > MAX_TEXT_BYTES) {
      return ReadResult.failed(ReadResult.TOO_LARGE, "text or HTML file of " + bytes.length + " bytes, over the " + (MAX_TEXT_BYTES >> 20)
          + " MiB a text report can plausibly need: not read, to keep memory bounded");
    }
    WebArchive archive = WebArchive.of(bytes);
    Decoded decoded = archive != null ? archive.decoded() : TextDecoder.decode(bytes);
    String content = decoded.text();
    if (content.isBlank()) {
      return ReadResult.failed("empty", "the file holds only whitespace");
    }
    if (Openings.wordXml(content)) {
      return wordXml.read(c -> WordXml.read(decoded, pictures()));
    }
    ReadResult elementsRead = elements.read(c -> asText(DocumentElements.text(content), decoded), () -> Openings.documentElements(content));
    if (elementsRead != null) {
      return elementsRead;
    }
    // a page of HTML that happens to be well-formed XML is a page, not an export
    boolean page = HTML.matcher(content).lookingAt();
    if (!page) {
      ReadResult exported = exports.read(c -> exported(StructuredExport.parse(content), decoded), () -> Openings.export(content));
      if (exported != null) {
        return exported;
      }
    }
    // a page without a bar (most) holds no rule: the whole text is not searched for one
    if (page && (content.indexOf('|') < 0 || !MARKDOWN_TABLE_RULE.matcher(content).find())) {
      return html.read(r -> {
        Pictures pictures = pictures(archive);
        return ReadResult.ok(new Document("html", decoded.charset(), r.read(content, pictures)), decoded)
            .withPictures(pictures.ocr(), pictures.unread());
      });
    }
    return text.read(r -> ReadResult.ok(new Document("text", decoded.charset(), r.read(content), endsMidLine(content), endsAfterCell(content)),
        decoded));
  }

  /** A structured export read as the lines of its tree; null when the text is none after all. */
  private ReadResult exported(StructuredExport.Parsed export, Decoded decoded) {
    if (export == null) {
      return null;
    }
    return export.tree() == null ? ReadResult.failed(ReadResult.TOO_DEEP, export.tooDeep()) : asText(ExportLines.text(export.tree()), decoded);
  }

  /** Lines of text another format stood for, read as text; null when there are none. */
  private ReadResult asText(String lines, Decoded decoded) {
    return lines == null ? null : text.read(r -> ReadResult.ok(new Document("text", decoded.charset(), r.read(lines)), decoded));
  }

  /** Whether a text's last line has no line break after it (spaces aside): the text stops part-way, as a page copy cut. */
  private static boolean endsMidLine(String content) {
    int end = printedEnd(content);
    return end > 0 && content.charAt(end - 1) != '\n' && content.charAt(end - 1) != '\r';
  }

  /** Whether a text's last character (spaces aside) is a pipe: a cut there fell after a cell's closing mark. */
  private static boolean endsAfterCell(String content) {
    int end = printedEnd(content);
    return end > 0 && content.charAt(end - 1) == '|';
  }

  /** Where the text ends, trailing spaces and tabs left out. */
  private static int printedEnd(String content) {
    int end = content.length();
    while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
      end--;
    }
    return end;
  }
}
