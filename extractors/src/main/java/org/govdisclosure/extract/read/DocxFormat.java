package org.govdisclosure.extract.read;

/** Word (DOCX), its pictures read by OCR. */
public final class DocxFormat implements FormatReader {

  @Override
  public String name() {
    return "DocxReader";
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return file.isZipOf(OfficeZip.Kind.WORD);
  }

  @Override
  public Reading open(PageOcr ocr) {
    DocxReader docx = new DocxReader();
    return file -> docx.read(file.bytes(), new Pictures(ocr));
  }
}
