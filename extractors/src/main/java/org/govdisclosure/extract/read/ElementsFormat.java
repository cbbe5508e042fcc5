package org.govdisclosure.extract.read;

/** A document-AI tool's list of elements, read as the text it stands for. */
public final class ElementsFormat implements FormatReader {

  @Override
  public String name() {
    return "DocumentElements";
  }

  @Override
  public int order() {
    return 600;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return file.text() != null && Openings.documentElements(file.text());
  }

  @Override
  public Reading open(PageOcr ocr) {
    GuardedReader.initialized(DocumentElements.class);
    PlainTextReader text = new PlainTextReader();
    return file -> TextFormat.read(text, DocumentElements.text(file.text()), file.decoded());
  }
}
