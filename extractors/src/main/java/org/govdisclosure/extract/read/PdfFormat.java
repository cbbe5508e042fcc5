package org.govdisclosure.extract.read;

/** PDF, the pages without usable text read by OCR. */
public final class PdfFormat implements FormatReader {

  @Override
  public String name() {
    return "PdfReader";
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return Openings.pdf(file.bytes());
  }

  @Override
  public Reading open(PageOcr ocr) {
    PdfReader pdf = new PdfReader(ocr);
    return file -> pdf.read(file.bytes());
  }
}
