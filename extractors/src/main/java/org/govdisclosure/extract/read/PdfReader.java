package org.govdisclosure.extract.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;

/**
 * Reads a PDF's text layer with Apache PDFBox into paragraphs and tables: {@link PdfLines} rebuilds table rows from
 * glyph positions and rulings. A PDF without text (a scan), or whose fonts do not say which characters their glyphs
 * are, is read by {@link PageOcr} from its rendered pages (unreadable without it); encrypted and damaged files are
 * unreadable.
 */
public final class PdfReader {

  /** Reports run to a few dozen pages; past this the rest is not read, which bounds time and memory. */
  static final int MAX_PAGES = 300;
  /** Real page trees nest a few levels; PDFBox would recurse through a deeper one (see {@link PdfPageTree}). */
  static final int MAX_PAGE_TREE_DEPTH = 64;
  /** Streams PDFBox buffers while parsing stay in this much heap and spill to a temporary file past it. */
  private static final long MAX_HEAP_BUFFER = 16L * 1024 * 1024;

  private final PageOcr ocr;

  /**
   * The document's resource cache, but a font once read is kept until the document is closed: PDFTextStripper drops a
   * page's fonts after each page (to bound the memory of long documents), and a report's few fonts shared by its
   * pages were read again, their ToUnicode maps and embedded font programs parsed, for each of its first pages.
   */
  private static final class FontsKept extends DefaultResourceCache {
    @Override
    public PDFont removeFont(COSObject indirect) {
      return null;
    }
  }

  PdfReader() {
    this(null);
  }

  /** A reader that reads the pages of a PDF without usable text by {@code ocr} (null: none). */
  PdfReader(PageOcr ocr) {
    this.ocr = ocr;
  }

  public ReadResult read(byte[] bytes) {
    List<Block> blocks;
    int pages;
    try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", MemoryUsageSetting.setupMixed(MAX_HEAP_BUFFER).streamCache)) {
      pdf.setResourceCache(new FontsKept());
      pages = pdf.getNumberOfPages();
      if (pages == 0) {
        return ReadResult.failed("corrupt", "damaged PDF: no page could be found");
      }
      if (PdfPageTree.deeperThan(pdf, MAX_PAGE_TREE_DEPTH)) {
        return ReadResult.failed(ReadResult.TOO_DEEP,
            "PDF page tree nested more than " + MAX_PAGE_TREE_DEPTH + " levels deep: not read");
      }
      PdfLines lines = PdfLines.read(pdf, MAX_PAGES);
      if (ocr != null && (lines.mostlyUnmapped() || lines.blocks().isEmpty())) {
        return ImageReader.ocrPdf(ocr, pdf, Math.min(pdf.getNumberOfPages(), MAX_PAGES));
      }
      if (lines.mostlyUnmapped()) {
        return ReadResult.failed("no_unicode_map", "the text's fonts carry no map to Unicode (no ToUnicode): its characters cannot be known without OCR");
      }
      blocks = lines.blocks();
    } catch (InvalidPasswordException e) {
      return ReadResult.failed("encrypted", "password-protected (encrypted) PDF: cannot be read without the password");
    } catch (IOException | RuntimeException e) {
      // PDFBox reports damage with a variety of runtime exceptions; any of them means the file cannot be read.
      return ReadResult.failed("corrupt", "damaged PDF that cannot be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    if (blocks.isEmpty()) {
      return ReadResult.failed("no_text_layer", "no text layer (image-only PDF); needs OCR");
    }
    Document document = new Document("pdf", null, blocks);
    return pages > MAX_PAGES ? ReadResult.ok(document, "only the first " + MAX_PAGES + " of " + pages + " pages read", null) : ReadResult.ok(document);
  }
}
