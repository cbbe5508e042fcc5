package org.govdisclosure.extract.read;

import java.util.regex.Pattern;
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

  private final PlainTextReader text = new PlainTextReader();
  private final HtmlReader html = new HtmlReader();
  private final DocxReader docx = new DocxReader();
  private final OdtReader odt = new OdtReader();
  private final DocReader doc = new DocReader();
  private final SheetReader sheets = new SheetReader();
  private final OdsReader ods = new OdsReader(sheets);
  private final PdfReader pdf;
  private final ImageReader image;
  private final PageOcr ocr;

  /** A reader without OCR: scans and images are unreadable. */
  public ReportReader() {
    this(null);
  }

  /** A reader that reads scans and images with {@code ocr} (none when null). */
  public ReportReader(PageOcr ocr) {
    this.ocr = ocr;
    pdf = new PdfReader(ocr);
    image = new ImageReader(ocr);
  }

  /** The OCR engine's name, null without OCR. */
  public String ocrEngine() {
    return ocr == null ? null : ocr.engine();
  }

  /** Whether {@link #read} decodes these bytes as text or HTML, rather than opening them as a PDF, Office file or image. */
  public static boolean readsAsText(byte[] bytes) {
    return !PdfReader.isPdf(bytes) && !OfficeZip.isZip(bytes) && !DocReader.isOle2(bytes) && !ImageReader.isImage(bytes);
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
    if (PdfReader.isPdf(bytes)) {
      return pdf.read(bytes);
    }
    if (OfficeZip.isZip(bytes)) {
      OfficeZip.Contents zip = OfficeZip.scan(bytes);
      if (zip.tooLarge() != null) {
        return ReadResult.failed(ReadResult.TOO_LARGE, zip.tooLarge());
      }
      return switch (zip.kind()) {
        case WORD -> docx.read(bytes, pictures());
        case SPREADSHEET -> sheets.readXlsx(bytes);
        case ODF_TEXT -> odt.read(bytes, pictures());
        case ODF_SPREADSHEET -> ods.read(bytes);
        case OTHER -> ReadResult.failed("binary", "ZIP archive that is no Word (DOCX), Excel (XLSX) or OpenDocument (ODT, ODS) file: unpack it and run on the files inside");
      };
    }
    if (DocReader.isOle2(bytes)) {
      return doc.read(bytes, pictures());
    }
    if (ImageReader.isImage(bytes)) {
      return image.read(bytes);
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
    if (WordXml.is(content)) {
      return WordXml.read(decoded, pictures());
    }
    String elements = DocumentElements.text(content);
    if (elements == null) {
      // a page of HTML that happens to be well-formed XML is a page, not an export
      StructuredExport.Parsed export = HTML.matcher(content).lookingAt() ? null : StructuredExport.parse(content);
      if (export != null && export.tree() == null) {
        return ReadResult.failed(ReadResult.TOO_DEEP, export.tooDeep());
      }
      elements = export != null ? ExportLines.text(export.tree()) : null;
    }
    if (elements != null) {
      return ReadResult.ok(new Document("text", decoded.charset(), text.read(elements)), decoded);
    }
    // a page without a bar (most) holds no rule: the whole text is not searched for one
    if (HTML.matcher(content).lookingAt() && (content.indexOf('|') < 0 || !MARKDOWN_TABLE_RULE.matcher(content).find())) {
      Pictures pictures = pictures(archive);
      return ReadResult.ok(new Document("html", decoded.charset(), html.read(content, pictures)), decoded)
          .withPictures(pictures.ocr(), pictures.unread());
    }
    return ReadResult.ok(new Document("text", decoded.charset(), text.read(content), endsMidLine(content), endsAfterCell(content)),
        decoded);
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
