package org.govdisclosure.extract.read;

/** Excel (XLSX). */
public final class XlsxFormat extends SniffedFormat {

  public XlsxFormat() {
    super("SheetReader", 210, zipOf(OfficeZip.Kind.SPREADSHEET));
  }

  @Override
  public Reading open(PageOcr ocr) {
    SheetReader sheets = new SheetReader();
    return file -> sheets.readXlsx(file.bytes());
  }
}
