package org.govdisclosure.extract.read;

/** OpenDocument spreadsheets (ODS). */
public final class OdsFormat implements FormatReader {

  @Override
  public String name() {
    return "OdsReader";
  }

  @Override
  public int order() {
    return 230;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return file.isZipOf(OfficeZip.Kind.ODF_SPREADSHEET);
  }

  @Override
  public Reading open(PageOcr ocr) {
    OdsReader ods = new OdsReader(new SheetReader());
    return file -> ods.read(file.bytes());
  }
}
