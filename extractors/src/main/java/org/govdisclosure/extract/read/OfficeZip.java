package org.govdisclosure.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a ZIP archive holds, told by its entries (a Word or an Excel document, or neither), and whether unpacking it
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

  enum Kind { WORD, SPREADSHEET, OTHER }

  /** The archive's kind; {@code tooLarge} says why it is not unpacked, or is null. */
  record Contents(Kind kind, String tooLarge) {}

  private OfficeZip() {}

  static boolean isZip(byte[] b) {
    return TextDecoder.startsWith(b, 'P', 'K', 3, 4);
  }

  /** A damaged archive is judged by the entries read before the damage. */
  static Contents scan(byte[] bytes) {
    boolean word = false;
    boolean excel = false;
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
        long size = inflated(zip, buffer, MAX_UNPACKED_BYTES - unpacked);
        unpacked += size;
        sheets += e.getName().startsWith(SHEETS_FOLDER) ? size : 0;
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
    return new Contents(word ? Kind.WORD : excel ? Kind.SPREADSHEET : Kind.OTHER, null);
  }

  /** The bytes the current entry inflates to, counted up to just past {@code limit}. */
  private static long inflated(InputStream entry, byte[] buffer, long limit) throws IOException {
    long n = 0;
    for (int r = entry.read(buffer); r >= 0 && n <= limit; r = entry.read(buffer)) {
      n += r;
    }
    return n;
  }
}
