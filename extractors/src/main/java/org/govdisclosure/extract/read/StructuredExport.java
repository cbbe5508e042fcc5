package org.govdisclosure.extract.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A report's statistics saved as a structured export, JSON, YAML or XML, told from its content (never its file name),
 * read into one tree for {@link ExportLines}: YAML as JSON is; an XML element as an object of its attributes (their
 * names marked {@code @}), its child elements (repeated ones as a list) and its text ({@code #text}), or as its text
 * alone when it has neither attributes nor children. Nesting is capped, XML reads no DTD or outside entity, YAML
 * follows few aliases and rejects a key given twice (a text of {@code key: value} lines repeating a key is text).
 */
final class StructuredExport {

  /** Nesting deeper than this is no report's tables: refused, so a crafted file cannot exhaust the stack. */
  static final int MAX_DEPTH = 64;
  /** An attribute's name in the tree: what tells it from a child element. */
  static final String ATTRIBUTE = "@";
  /** An element's own text beside its attributes or children. */
  static final String TEXT = "#text";

  private static final String TOO_DEEP = "structured export nested deeper than " + MAX_DEPTH + " levels: not read";

  /** A tree read (and whether from XML), or why a file that opens as an export cannot be read as one. */
  record Parsed(JsonNode tree, String tooDeep, boolean xml) {}

  /** Elements only HTML has: a document holding one is a page. */
  private static final Set<String> HTML_ELEMENTS = Set.of("html", "body", "head", "div", "p", "span", "br", "tr", "td", "th");

  private static final ObjectMapper JSON = JsonMapper.builder(jsonFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  /**
   * An export is the whole file: a flow collection followed by more text is a page's text that opens with a bracketed
   * line (a web proxy's {@code [go: up one dir, main page]}), not a YAML document cut short.
   */
  private static final ObjectMapper YAML = YAMLMapper.builder(yamlFactory())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final XMLInputFactory XML = JdkStax.hardened(true);

  private StructuredExport() {}

  /** The export's tree, or null when {@code content} is none (or does not parse as the format it opens like). */
  static Parsed parse(String content) {
    try {
      if (Openings.OPENS_JSON.matcher(content).lookingAt()) {
        return new Parsed(JSON.readTree(content), null, false);
      }
      if (Openings.OPENS_XML.matcher(content).lookingAt()) {
        JsonNode tree = xml(content);
        return tree != null ? new Parsed(tree, null, true) : null;
      }
      if (Openings.OPENS_YAML.matcher(content).lookingAt()) {
        JsonNode tree = YAML.readTree(content);
        if (depth(tree, 0) > MAX_DEPTH) { // SnakeYAML's own limit binds only its composer, which Jackson does not use
          return new Parsed(null, TOO_DEEP, false);
        }
        return nested(tree) ? new Parsed(tree, null, false) : null; // plain key: value lines are text as they are
      }
    } catch (JsonProcessingException | XMLStreamException | RuntimeException e) {
      // deeper than the cap: refused with its reason; otherwise no export after all (cut short, or text): read as text
      return tooDeep(e) ? new Parsed(null, TOO_DEEP, false) : null;
    }
    return null;
  }

  /**
   * Whether a YAML document holds a mapping or list inside its top, or keys that are paths of labels: an export's
   * sections, no run of {@code key: value} lines.
   */
  private static boolean nested(JsonNode tree) {
    if (tree == null || !tree.isContainerNode()) {
      return false;
    }
    for (JsonNode child : tree) {
      if (child.isContainerNode()) {
        return true;
      }
    }
    for (Iterator<String> keys = tree.fieldNames(); keys.hasNext(); ) {
      if (ExportLines.isKeyPath(keys.next())) {
        return true;
      }
    }
    return false;
  }

  /** How deep a tree nests, counted no further than past the cap. */
  private static int depth(JsonNode node, int above) {
    int deepest = above;
    if (above <= MAX_DEPTH) {
      for (JsonNode child : node) {
        deepest = Math.max(deepest, depth(child, above + 1));
      }
    }
    return deepest;
  }

  /** SnakeYAML reports its nesting limit as a plain exception: told by its message. */
  private static boolean tooDeep(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException || t instanceof TooDeep || String.valueOf(t.getMessage()).contains("Nesting Depth exceeded")) {
        return true;
      }
    }
    return false;
  }

  private static JsonFactory jsonFactory() {
    JsonFactory f = new JsonFactory();
    f.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    return f;
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(ReportReader.MAX_TEXT_BYTES);
    YAMLFactory f = YAMLFactory.builder().loaderOptions(options).build();
    f.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    return f;
  }

  /** An element being read: its attributes and children so far, its text, the names of its children given twice. */
  private record Open(String name, ObjectNode element, StringBuilder text, Set<String> lists) {
    Open(String name) {
      this(name, JsonNodeFactory.instance.objectNode(), new StringBuilder(), new HashSet<>());
    }

    /** A child element under its name; a name given again makes a list, in document order. */
    void add(String child, JsonNode value) {
      JsonNode there = element.get(child);
      if (there == null) {
        element.set(child, value);
      } else if (lists.contains(child)) {
        ((ArrayNode) there).add(value);
      } else {
        element.set(child, JsonNodeFactory.instance.arrayNode().add(there).add(value));
        lists.add(child);
      }
    }

    JsonNode value() {
      String own = text.toString().strip();
      if (element.isEmpty()) {
        return TextNode.valueOf(own);
      }
      if (!own.isEmpty()) {
        element.put(TEXT, own);
      }
      return element;
    }
  }

  /** An XML document as a tree, null when it is a page of HTML. */
  private static JsonNode xml(String content) throws XMLStreamException {
    XMLStreamReader r = XML.createXMLStreamReader(new StringReader(content));
    try {
      Deque<Open> open = new ArrayDeque<>();
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (HTML_ELEMENTS.contains(r.getLocalName().toLowerCase(Locale.ROOT))) {
              return null; // a page (XHTML, or a fragment of HTML well-formed as XML), not an export
            }
            if (open.size() >= MAX_DEPTH) {
              throw new TooDeep();
            }
            Open element = new Open(r.getLocalName());
            for (int a = 0; a < r.getAttributeCount(); a++) {
              element.element().put(ATTRIBUTE + r.getAttributeLocalName(a), r.getAttributeValue(a));
            }
            open.push(element);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().text().append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            Open element = open.pop();
            if (open.isEmpty()) {
              return element.value();
            }
            open.peek().add(element.name(), element.value());
          }
          default -> { }
        }
      }
      return null;
    } finally {
      r.close();
    }
  }

  /** XML nested deeper than {@link #MAX_DEPTH}. */
  private static final class TooDeep extends RuntimeException {
    TooDeep() {
      super("Nesting Depth exceeded", null, false, false);
    }
  }
}
