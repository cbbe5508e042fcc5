package org.govdisclosure.extract.read;

/** OpenDocument text (ODT), its pictures read by OCR. */
public final class OdtFormat implements FormatReader {

  @Override
  public String name() {
    return "OdtReader";
  }

  @Override
  public int order() {
    return 220;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return file.isZipOf(OfficeZip.Kind.ODF_TEXT);
  }

  @Override
  public Reading open(PageOcr ocr) {
    OdtReader odt = new OdtReader();
    return file -> odt.read(file.bytes(), new Pictures(ocr));
  }
}
