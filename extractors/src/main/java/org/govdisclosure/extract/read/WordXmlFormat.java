package org.govdisclosure.extract.read;

/** Word 2003 XML and flat OPC Word documents, their pictures read by OCR. */
public final class WordXmlFormat implements FormatReader {

  @Override
  public String name() {
    return "WordXml";
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return file.text() != null && Openings.wordXml(file.text());
  }

  @Override
  public Reading open(PageOcr ocr) {
    GuardedReader.initialized(WordXml.class);
    return file -> WordXml.read(file.decoded(), new Pictures(ocr));
  }
}
