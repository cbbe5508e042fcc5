package org.govdisclosure.extract.read;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.govdisclosure.extract.model.Document;

/**
 * A Word document saved as one XML file rather than a ZIP package: Word 2003 XML ({@code w:wordDocument}, which
 * Word's "save as XML" and many template engines write, often named {@code .doc}) and Word's flat OPC
 * ({@code pkg:package}). Their body is the DOCX body, read by {@link DocxBody}; read as text, its tags stripped, the
 * cells of a row would run together into one string of digits.
 */
final class WordXml {

  /** Word marks its XML with a processing instruction; without one, the root element names the format. */
  private static final Pattern WORD_XML = Pattern.compile(
      "\\A\\s*<\\?xml[^>]*\\?>\\s*(?:<!--.*?-->\\s*)*(?:<\\?mso-application\\s+progid=[\"']Word\\.Document[\"']\\s*\\?>|<(?:\\w+:)?wordDocument\\b)",
      Pattern.DOTALL);
  /** The marks stand before any content: the start of the text is enough to tell. */
  private static final int HEAD = 2048;

  private WordXml() {}

  static boolean is(String text) {
    return WORD_XML.matcher(text.substring(0, Math.min(text.length(), HEAD))).lookingAt();
  }

  /** The document; its pictures (held as base64 inside the XML) are not read. */
  static ReadResult read(Decoded decoded) {
    try {
      return ReadResult.ok(new Document("docx", decoded.charset(), DocxBody.read(DocxBody.parser(new StringReader(decoded.text())), id -> List.of())), decoded);
    } catch (XMLStreamException | RuntimeException e) {
      return ReadResult.failed("corrupt", "damaged Word XML document that cannot be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }
}
