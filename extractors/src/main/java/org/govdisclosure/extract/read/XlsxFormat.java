package org.govdisclosure.extract.read;

/** Excel (XLSX). */
public final class XlsxFormat implements FormatReader {

  @Override
  public String name() {
    return "SheetReader";
  }

  @Override
  public int order() {
    return 210;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return file.isZipOf(OfficeZip.Kind.SPREADSHEET);
  }

  @Override
  public Reading open(PageOcr ocr) {
    SheetReader sheets = new SheetReader();
    return file -> sheets.readXlsx(file.bytes());
  }
}
