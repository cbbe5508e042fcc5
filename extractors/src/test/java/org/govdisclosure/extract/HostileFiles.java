package org.govdisclosure.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Files built to hurt a reader: nesting deep enough to exhaust a stack, made from real reports. */
public final class HostileFiles {

  private static final String BODY = "<body>";

  private HostileFiles() {}

  /** {@code page} with its whole body wrapped {@code depth} times in {@code open} ... {@code close}. */
  public static String nested(String page, String open, String close, int depth) {
    int body = page.indexOf(BODY) + BODY.length();
    int end = page.lastIndexOf("</body>");
    return page.substring(0, body) + open.repeat(depth) + page.substring(body, end) + close.repeat(depth) + page.substring(end);
  }

  /** {@code page} with {@code count} start tags {@code open} before its body's content, none of them closed. */
  public static String unclosed(String page, String open, int count) {
    int body = page.indexOf(BODY) + BODY.length();
    return page.substring(0, body) + open.repeat(count) + page.substring(body);
  }

  /** {@code pdf} with its page tree pushed {@code depth} levels down, each level a Pages node holding the next. */
  public static byte[] deepPageTree(byte[] pdf, int depth) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
      COSDictionary top = catalog.getCOSDictionary(COSName.PAGES);
      int pages = doc.getNumberOfPages();
      for (int i = 0; i < depth; i++) {
        COSDictionary parent = new COSDictionary();
        parent.setItem(COSName.TYPE, COSName.PAGES);
        COSArray kids = new COSArray();
        kids.add(top);
        parent.setItem(COSName.KIDS, kids);
        parent.setInt(COSName.COUNT, pages);
        top.setItem(COSName.PARENT, parent);
        top = parent;
      }
      catalog.setItem(COSName.PAGES, top);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * {@code docx} with its whole body wrapped {@code depth} times in a one-cell table, as pages laid out with
   * tables are. Entries are stored uncompressed, so that the repetition does not read as a zip bomb.
   */
  public static byte[] nestedDocx(byte[] docx, int depth) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.NO_COMPRESSION);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int body = xml.indexOf("<w:body>") + "<w:body>".length();
          int end = xml.contains("<w:sectPr") ? xml.indexOf("<w:sectPr") : xml.indexOf("</w:body>");
          xml = xml.substring(0, body) + "<w:tbl><w:tr><w:tc>".repeat(depth) + xml.substring(body, end)
              + "</w:tc></w:tr></w:tbl><w:p/>".repeat(depth) + xml.substring(end);
          content = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** {@code text} with a NUL byte put in at a third and at two thirds of its length, at character boundaries. */
  public static byte[] withStrayNuls(String text, java.nio.charset.Charset charset) {
    int third = text.length() / 3;
    return (text.substring(0, third) + '\0' + text.substring(third, 2 * third) + '\0' + text.substring(2 * third)).getBytes(charset);
  }
}
