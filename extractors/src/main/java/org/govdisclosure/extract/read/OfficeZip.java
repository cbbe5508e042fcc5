package org.govdisclosure.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.BoundedInputStream;
import org.govdisclosure.extract.model.Block;

/**
 * What a ZIP archive holds, told by its entries (a Word, an Excel or an OpenDocument text document, or none of them), and whether unpacking it
 * stays within bounds. The entries are inflated once, as a stream, and counted: a zip bomb (a few kilobytes that
 * inflate to gigabytes, or millions of entries) is refused before any reader builds it in memory.
 */
final class OfficeZip {

  /** A report's DOCX holds a few dozen parts, an XLSX one per sheet more. */
  static final int MAX_ENTRIES = 1_000;
  /** Unpacked, a report with its pictures is some megabytes. */
  static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
  /**
   * POI holds a sheet's XML as a tree of objects some dozens of times its size; a statistics sheet is some ten
   * kilobytes.
   */
  static final long MAX_SHEET_BYTES = 8L * 1024 * 1024;

  private static final String WORD_FOLDER = "word/";
  private static final String EXCEL_FOLDER = "xl/";
  private static final String SHEETS_FOLDER = "xl/worksheets/";
  /** An OpenDocument package names its kind in its first entry, {@code mimetype}, stored uncompressed. */
  private static final String ODF_MIMETYPE_ENTRY = "mimetype";
  private static final String ODF_TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text";
  private static final String ODF_SPREADSHEET_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
  /** An OpenDocument package's part holding its text or its sheets. */
  static final String ODF_CONTENT = "content.xml";

  enum Kind { WORD, SPREADSHEET, ODF_TEXT, ODF_SPREADSHEET, OTHER }

  /** The archive's kind; {@code tooLarge} says why it is not unpacked, or is null. */
  record Contents(Kind kind, String tooLarge) {}

  private OfficeZip() {}

  /** A damaged archive is judged by the entries read before the damage. */
  static Contents scan(byte[] bytes) {
    boolean word = false;
    boolean excel = false;
    String odfType = "";
    int entries = 0;
    long unpacked = 0;
    long sheets = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          return new Contents(Kind.OTHER, "ZIP archive of more than " + MAX_ENTRIES + " entries: not unpacked");
        }
        word |= e.getName().startsWith(WORD_FOLDER);
        excel |= e.getName().startsWith(EXCEL_FOLDER);
        long size;
        if (e.getName().equals(ODF_MIMETYPE_ENTRY)) {
          byte[] type = zip.readNBytes(ODF_SPREADSHEET_MIMETYPE.length() + 1);
          // Matched exactly: a template (…text-template) or master document (…text-master) is no report.
          odfType = new String(type, StandardCharsets.US_ASCII).strip();
          size = type.length + inflated(zip, buffer, MAX_UNPACKED_BYTES - unpacked);
        } else {
          size = inflated(zip, buffer, MAX_UNPACKED_BYTES - unpacked);
        }
        unpacked += size;
        sheets += e.getName().startsWith(SHEETS_FOLDER) || odfType.equals(ODF_SPREADSHEET_MIMETYPE) && e.getName().equals(ODF_CONTENT) ? size : 0;
        if (unpacked > MAX_UNPACKED_BYTES) {
          return new Contents(Kind.OTHER, "ZIP archive that unpacks to more than " + (MAX_UNPACKED_BYTES >> 20) + " MiB: not unpacked");
        }
        if (sheets > MAX_SHEET_BYTES) {
          return new Contents(Kind.SPREADSHEET, "Excel workbook whose sheets unpack to more than " + (MAX_SHEET_BYTES >> 20)
              + " MiB, far more than statistics tables need: not read, to keep memory bounded");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // A damaged archive: judge by the entries read before the damage; the reader reports the damage.
    }
    Kind odf = odfType.equals(ODF_TEXT_MIMETYPE) ? Kind.ODF_TEXT : odfType.equals(ODF_SPREADSHEET_MIMETYPE) ? Kind.ODF_SPREADSHEET : Kind.OTHER;
    return new Contents(word ? Kind.WORD : excel ? Kind.SPREADSHEET : odf, null);
  }

  /** The bytes the current entry inflates to, counted up to just past {@code limit}. */
  private static long inflated(InputStream entry, byte[] buffer, long limit) throws IOException {
    long n = 0;
    for (int r = entry.read(buffer); r >= 0 && n <= limit; r = entry.read(buffer)) {
      n += r;
    }
    return n;
  }

  /**
   * An entry's bytes as it is unpacked. {@link #scan} caps what the entries unpack to as they follow each other;
   * the central directory may point elsewhere, so the part read is capped again.
   */
  static InputStream unpacked(ZipFile zip, ZipArchiveEntry entry) throws IOException {
    return BoundedInputStream.builder().setInputStream(zip.getInputStream(entry)).setMaxCount(MAX_UNPACKED_BYTES)
        .setOnMaxCount((max, count) -> {
          throw new IOException(entry.getName() + " unpacks to more than " + (max >> 20) + " MiB");
        }).get();
  }

  /** The blocks read from a picture held in the package as {@code entry}; a damaged picture costs only itself. */
  static List<Block> picture(ZipFile zip, ZipArchiveEntry entry, Pictures pictures) {
    try (InputStream in = unpacked(zip, entry)) {
      return pictures.held(in.readAllBytes());
    } catch (IOException e) {
      pictures.unreadable(entry.getName() + ": " + e.getMessage());
      return List.of();
    }
  }
}
