package org.govdisclosure.extract.read;

/** Word 2003 XML and flat OPC Word documents, their pictures read by OCR. */
public final class WordXmlFormat extends SniffedFormat {

  public WordXmlFormat() {
    super("WordXml", 500, textThat(Openings::wordXml));
  }

  @Override
  public Reading open(PageOcr ocr) {
    GuardedReader.initialized(WordXml.class);
    return file -> WordXml.read(file.decoded(), new Pictures(ocr));
  }
}
