package org.govdisclosure.extract.read;

/** OpenDocument spreadsheets (ODS). */
public final class OdsFormat extends SniffedFormat {

  public OdsFormat() {
    super("OdsReader", 230, zipOf(OfficeZip.Kind.ODF_SPREADSHEET));
  }

  @Override
  public Reading open(PageOcr ocr) {
    OdsReader ods = new OdsReader(new SheetReader());
    return file -> ods.read(file.bytes());
  }
}
