package org.govdisclosure.extract.read;

import java.util.regex.Pattern;

/**
 * How each format opens, told from a file's first bytes or characters apart from the format's reader and with the
 * JDK alone: a reader whose classes fail to load ({@link GuardedReader}) must not keep the other formats from being
 * told, nor its own files from being told as its own (they then fail with its cause instead of being read as text).
 */
final class Openings {

  /** Word marks its XML with a processing instruction; without one, the root element names the format. */
  private static final Pattern WORD_XML = Pattern.compile(
      "\\A\\s*<\\?xml[^>]*\\?>\\s*(?:<!--.*?-->\\s*)*(?:<\\?mso-application\\s+progid=[\"']Word\\.Document[\"']\\s*\\?>|<(?:\\w+:)?wordDocument\\b)",
      Pattern.DOTALL);
  /** Word's marks stand before any content: the start of the text is enough to tell. */
  private static final int WORD_XML_HEAD = 2048;

  /** A document-AI tool's array of objects whose first names an element's type: no other JSON a report folder holds opens so. */
  static final Pattern ELEMENT_LIST = Pattern.compile("^\\s*\\[\\s*\\{\\s*\"(?:type|element_id)\"");
  /** A line printing an element after its type (Unstructured's element types), the type's name and a colon. */
  static final Pattern TYPED_LINE = Pattern.compile("^(Title|NarrativeText|ListItem|Table|Text|UncategorizedText"
      + "|FigureCaption|Image|Formula|Address|EmailAddress|CodeSnippet|Header|Footer|PageNumber|PageBreak):\\s?(.*)$");

  /** An object or array opening the text: a report's own text never opens so. */
  static final Pattern OPENS_JSON = Pattern.compile("^\\s*[\\[{]\\s*[\"\\[{]");
  /** An XML declaration or a first element (after comments): a page of XHTML is told apart by its root. */
  static final Pattern OPENS_XML = Pattern.compile("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<[\\p{L}_]", Pattern.DOTALL);
  /**
   * A YAML document's start, a flow collection's, or a first line {@code key: value} or {@code key:} (an ASCII colon and
   * a space or end).
   */
  static final Pattern OPENS_YAML = Pattern.compile("^(?:\\s*#[^\\n]*\\n)*\\s*(?:---|[\\[{]|[^\\s#:\\-\\[{][^:\\n]{0,80}:(?: |\\r?\\n))");

  /** A page of HTML, told by its first element; well-formed XML may be one too (a page, then, not an export). */
  private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|table|div|p)[\\s>]");
  /**
   * The rule under a markdown table's header ({@code |---|}): no HTML page has one at the start of a line, while
   * markdown that a converter opened with a raw {@code <div>} does.
   */
  private static final Pattern MARKDOWN_TABLE_RULE = Pattern.compile("(?m)^\\|\\s*:?-{3,}");

  private Openings() {}

  static boolean pdf(byte[] b) {
    return TextDecoder.startsWith(b, '%', 'P', 'D', 'F');
  }

  /** A ZIP archive: DOCX, XLSX, ODT and ODS are ({@link OfficeZip} tells which). */
  static boolean zip(byte[] b) {
    return TextDecoder.startsWith(b, 'P', 'K', 3, 4);
  }

  /** An OLE2 compound file: Word 97 and Excel 97 are. */
  static boolean ole2(byte[] b) {
    return TextDecoder.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  static boolean image(byte[] b) {
    return TextDecoder.startsWith(b, 0x89, 'P', 'N', 'G') || TextDecoder.startsWith(b, 0xFF, 0xD8, 0xFF)
        || TextDecoder.startsWith(b, 'I', 'I', 0x2A, 0x00) || TextDecoder.startsWith(b, 'M', 'M', 0x00, 0x2A);
  }

  /** Word 2003 XML or a flat OPC package saved as a Word document. */
  static boolean wordXml(String text) {
    return WORD_XML.matcher(text.substring(0, Math.min(text.length(), WORD_XML_HEAD))).lookingAt();
  }

  /** A document-AI tool's elements: a JSON list of them, or lines printing each after its type. */
  static boolean documentElements(String content) {
    return ELEMENT_LIST.matcher(content).lookingAt() || opensTyped(content);
  }

  /** Whether the text's first line that is not blank prints an element after its type. */
  static boolean opensTyped(String content) {
    int start = 0;
    while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    int end = content.indexOf('\n', start);
    return TYPED_LINE.matcher(content).region(start, end < 0 ? content.length() : end).matches();
  }

  /** Whether the text opens as a structured export (JSON, XML or YAML) may. */
  static boolean export(String content) {
    return OPENS_JSON.matcher(content).lookingAt() || OPENS_XML.matcher(content).lookingAt() || OPENS_YAML.matcher(content).lookingAt();
  }

  /** Whether the text opens as a page of HTML does. */
  static boolean htmlPage(String content) {
    return HTML.matcher(content).lookingAt();
  }

  /** Whether the text holds a markdown table's rule; a page without a bar (most) is not searched for one. */
  static boolean markdownTable(String content) {
    return content.indexOf('|') >= 0 && MARKDOWN_TABLE_RULE.matcher(content).find();
  }
}
