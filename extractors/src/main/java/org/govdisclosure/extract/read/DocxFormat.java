package org.govdisclosure.extract.read;

/** Word (DOCX), its pictures read by OCR. */
public final class DocxFormat extends SniffedFormat {

  public DocxFormat() {
    super("DocxReader", 200, zipOf(OfficeZip.Kind.WORD));
  }

  @Override
  public Reading open(PageOcr ocr) {
    DocxReader docx = new DocxReader();
    return file -> docx.read(file.bytes(), new Pictures(ocr));
  }
}
