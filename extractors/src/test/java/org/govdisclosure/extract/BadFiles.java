package org.govdisclosure.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.fixtures.FormatFixtures;

/** Word and PDF files that cannot be read, the way they turn up among published reports. */
public final class BadFiles {

  private BadFiles() {}

  /** A scanned report: every page an image, no text layer. */
  public static byte[] imageOnlyPdf() throws IOException {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      BufferedImage scan = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(LosslessFactory.createFromImage(pdf, scan), 50, 50, 300, 400);
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** A PDF that opens only with a password. */
  public static byte[] encryptedPdf() throws IOException {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(50, 700);
        content.showText("2020 annual report");
        content.endText();
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /**
   * The first seed's PDF with its fonts' maps to Unicode (ToUnicode) removed, as some converters embed CID fonts:
   * the glyphs are drawn but nothing says which characters they are.
   */
  public static byte[] pdfWithoutUnicodeMaps() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(seedPdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          page.getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
        }
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** A file cut off after {@code fraction} of its bytes, as an interrupted download leaves it. */
  public static byte[] truncated(byte[] file, double fraction) {
    return Arrays.copyOf(file, (int) (file.length * fraction));
  }

  public static byte[] seedDocx() throws IOException {
    return Files.readAllBytes(FormatFixtures.docx(firstSeed()));
  }

  /** The first seed saved as Word 97 by LibreOffice. */
  public static byte[] seedDoc() throws IOException {
    return Files.readAllBytes(FormatFixtures.doc(firstSeed()));
  }

  public static byte[] seedPdf() throws IOException {
    return Files.readAllBytes(FormatFixtures.pdf(firstSeed()));
  }

  private static Gold firstSeed() {
    return TestCorpus.under("seeds").get(0);
  }

  /** A file as a gzip-compressed download (report.txt.gz). */
  public static byte[] gzipped(byte[] file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(file);
    }
    return out.toByteArray();
  }

  /** An ordinary ZIP archive, e.g. attachments bundled for download. */
  public static byte[] zipNotDocx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("说明.txt"));
      zip.write("政府信息公开工作年度报告 附件".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** The first seed as a password-protected Word 97 file (RC4 CryptoAPI, as Word 2003 encrypts). */
  public static byte[] encryptedDoc() throws IOException {
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(seedDoc())); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Biff8EncryptionKey.setCurrentUserPassword("secret");
      doc.write(out);
      return out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /** A password-protected legacy Excel (.xls) workbook (RC4 CryptoAPI, as Excel 2003 encrypts). */
  public static byte[] encryptedXls() throws IOException {
    try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      xls.createSheet("2020").createRow(0).createCell(0).setCellValue("政府信息公开工作年度报告");
      Biff8EncryptionKey.setCurrentUserPassword("secret");
      xls.write(out);
      return out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /** The first seed as a password-protected Word file (an OLE2 container around the encrypted package). */
  public static byte[] encryptedDocx() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(seedDocx())); OutputStream data = encryptor.getDataStream(fs)) {
        docx.save(data);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (GeneralSecurityException | InvalidFormatException e) {
      throw new IOException(e);
    }
  }
}
