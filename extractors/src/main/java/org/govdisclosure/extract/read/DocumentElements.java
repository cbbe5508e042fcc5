package org.govdisclosure.extract.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A document-AI tool's list of elements (Unstructured's {@code partition} saved as JSON: one object per element in
 * reading order, its {@code type} and {@code text}, a table's cells in {@code metadata.text_as_html}; or printed one
 * element a line after its type, {@code Title: 一、总体情况}), written back as the text it stands for: one line per
 * element, each table as its HTML, which keeps the cells and spans that the element's flat {@code text} lost. Page
 * furniture the tool tells apart (its running heads, footers and page numbers) is no part of the report's text.
 */
final class DocumentElements {

  private static final Set<String> FURNITURE = Set.of("Header", "Footer", "PageNumber", "PageBreak");
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentElements() {}

  /** The elements' text, or null when {@code content} is no such list. */
  static String text(String content) {
    if (!Openings.ELEMENT_LIST.matcher(content).lookingAt()) {
      return Openings.opensTyped(content) ? typedLines(content) : null;
    }
    JsonNode elements;
    try {
      elements = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      return null; // a list cut short or not JSON after all: read as the text it is
    }
    StringBuilder text = new StringBuilder(content.length() / 2);
    for (JsonNode element : elements) {
      if (FURNITURE.contains(element.path("type").asText())) {
        continue;
      }
      JsonNode html = element.path("metadata").path("text_as_html");
      text.append(html.isTextual() && !html.asText().isBlank() ? html.asText() : element.path("text").asText()).append('\n');
    }
    return text.toString();
  }

  /** Lines of elements after their types: each line's text, furniture left out; a line of no type goes on its element. */
  private static String typedLines(String content) {
    StringBuilder text = new StringBuilder(content.length());
    boolean furniture = false;
    for (String line : content.split("\\R", -1)) {
      Matcher typed = Openings.TYPED_LINE.matcher(line);
      if (typed.matches()) {
        furniture = FURNITURE.contains(typed.group(1));
        line = typed.group(2);
      }
      if (!furniture) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }
}
