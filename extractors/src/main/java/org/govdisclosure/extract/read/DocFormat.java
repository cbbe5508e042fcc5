package org.govdisclosure.extract.read;

/** OLE2 compound files: Word 97 (its pictures read by OCR) and Excel 97; any other is named. */
public final class DocFormat extends SniffedFormat {

  public DocFormat() {
    super("DocReader", 300, opensWith(Openings::ole2));
  }

  @Override
  public Reading open(PageOcr ocr) {
    DocReader doc = new DocReader();
    return file -> doc.read(file.bytes(), new Pictures(ocr));
  }
}
