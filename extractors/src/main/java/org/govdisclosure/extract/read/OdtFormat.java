package org.govdisclosure.extract.read;

/** OpenDocument text (ODT), its pictures read by OCR. */
public final class OdtFormat extends SniffedFormat {

  public OdtFormat() {
    super("OdtReader", 220, zipOf(OfficeZip.Kind.ODF_TEXT));
  }

  @Override
  public Reading open(PageOcr ocr) {
    OdtReader odt = new OdtReader();
    return file -> odt.read(file.bytes(), new Pictures(ocr));
  }
}
