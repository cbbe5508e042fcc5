package org.govdisclosure.extract.read;

/** OLE2 compound files: Word 97 (its pictures read by OCR) and Excel 97; any other is named. */
public final class DocFormat implements FormatReader {

  @Override
  public String name() {
    return "DocReader";
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return Openings.ole2(file.bytes());
  }

  @Override
  public Reading open(PageOcr ocr) {
    DocReader doc = new DocReader();
    return file -> doc.read(file.bytes(), new Pictures(ocr));
  }
}
