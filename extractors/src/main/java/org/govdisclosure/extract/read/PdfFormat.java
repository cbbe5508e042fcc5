package org.govdisclosure.extract.read;

/** PDF, the pages without usable text read by OCR. */
public final class PdfFormat extends SniffedFormat {

  public PdfFormat() {
    super("PdfReader", 100, opensWith(Openings::pdf));
  }

  @Override
  public Reading open(PageOcr ocr) {
    PdfReader pdf = new PdfReader(ocr);
    return file -> pdf.read(file.bytes());
  }
}
