package org.govdisclosure.extract.read;

import org.govdisclosure.extract.model.Document;

/**
 * A web page, its pictures (those a web archive holds beside it too) read by OCR. Markdown that a converter opened
 * with a raw {@code <div>} is text (its HTML tables too): told by the rule under a markdown table's header.
 */
public final class HtmlFormat extends SniffedFormat {

  public HtmlFormat() {
    super("HtmlReader", 800, textThat(text -> Openings.htmlPage(text) && !Openings.markdownTable(text)));
  }

  @Override
  public Reading open(PageOcr ocr) {
    HtmlReader html = new HtmlReader();
    return file -> {
      Pictures pictures = new Pictures(ocr, file.archive());
      Decoded decoded = file.decoded();
      return ReadResult.ok(new Document("html", decoded.charset(), html.read(decoded.text(), pictures)), decoded)
          .withPictures(pictures.ocr(), pictures.unread());
    };
  }
}
