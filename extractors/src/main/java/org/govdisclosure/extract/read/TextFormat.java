package org.govdisclosure.extract.read;

import org.govdisclosure.extract.model.Document;

/** Plain text, markdown and every other text no other reader takes: the last asked. */
public final class TextFormat extends SniffedFormat {

  public TextFormat() {
    super("PlainTextReader", 1000, textThat(text -> true));
  }

  @Override
  public Reading open(PageOcr ocr) {
    PlainTextReader text = new PlainTextReader();
    return file -> {
      String content = file.text();
      return ReadResult.ok(new Document("text", file.decoded().charset(), text.read(content), endsMidLine(content), endsAfterCell(content)),
          file.decoded());
    };
  }

  /** Lines of text another format stood for, read as text; null when there are none. */
  static ReadResult read(PlainTextReader text, String lines, Decoded decoded) {
    return lines == null ? null : ReadResult.ok(new Document("text", decoded.charset(), text.read(lines)), decoded);
  }

  /** Whether a text's last line has no line break after it (spaces aside): the text stops part-way, as a page copy cut. */
  private static boolean endsMidLine(String content) {
    int end = printedEnd(content);
    return end > 0 && content.charAt(end - 1) != '\n' && content.charAt(end - 1) != '\r';
  }

  /** Whether a text's last character (spaces aside) is a pipe: a cut there fell after a cell's closing mark. */
  private static boolean endsAfterCell(String content) {
    int end = printedEnd(content);
    return end > 0 && content.charAt(end - 1) == '|';
  }

  /** Where the text ends, trailing spaces and tabs left out. */
  private static int printedEnd(String content) {
    int end = content.length();
    while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
      end--;
    }
    return end;
  }
}
