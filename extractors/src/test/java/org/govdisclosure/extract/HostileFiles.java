package org.govdisclosure.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

  /** {@code text} with a NUL byte put in at a third and at two thirds of its length, at character boundaries. */
  public static byte[] withStrayNuls(String text, java.nio.charset.Charset charset) {
    int third = text.length() / 3;
    return (text.substring(0, third) + '\0' + text.substring(third, 2 * third) + '\0' + text.substring(2 * third)).getBytes(charset);
  }
}
