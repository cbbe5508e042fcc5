package org.govdisclosure.extract.read;

/** A document-AI tool's list of elements, read as the text it stands for. */
public final class ElementsFormat extends SniffedFormat {

  public ElementsFormat() {
    super("DocumentElements", 600, textThat(Openings::documentElements));
  }

  @Override
  public Reading open(PageOcr ocr) {
    GuardedReader.initialized(DocumentElements.class);
    PlainTextReader text = new PlainTextReader();
    return file -> TextFormat.read(text, DocumentElements.text(file.text()), file.decoded());
  }
}
