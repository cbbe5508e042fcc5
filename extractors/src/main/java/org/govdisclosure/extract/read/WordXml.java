package org.govdisclosure.extract.read;

import java.io.StringReader;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;

/**
 * A Word document saved as one XML file rather than a ZIP package: Word 2003 XML ({@code w:wordDocument}, which
 * Word's "save as XML" and many template engines write, often named {@code .doc}) and Word's flat OPC
 * ({@code pkg:package}). Their body is the DOCX body, read by {@link DocxBody}; read as text, its tags stripped, the
 * cells of a row would run together into one string of digits. Their pictures are base64 inside the XML: Word 2003's
 * {@code w:binData}, named by the {@code src} of the picture that shows it, and flat OPC's binary parts, named by
 * the main part's relationships.
 */
final class WordXml {

  private static final String WORD_2003 = "http://schemas.microsoft.com/office/word/2003/wordml";
  private static final String PACKAGE = "http://schemas.microsoft.com/office/2006/xmlPackage";
  /** The content type of a package's main part ends so (a glossary's does not). */
  private static final String MAIN_PART = "wordprocessingml.document.main+xml";

  private WordXml() {}

  /** The document, the pictures it holds read or noted by {@code pictures}. */
  static ReadResult read(Decoded decoded, Pictures pictures) {
    try {
      String text = decoded.text();
      Held held = text.contains("binData") || text.contains("binaryData") ? Held.in(text) : Held.NONE;
      List<Block> blocks = DocxBody.read(DocxBody.parser(new StringReader(text)), id -> held.picture(id, pictures));
      return ReadResult.ok(new Document("docx", decoded.charset(), blocks), decoded).withPictures(pictures.ocr(), pictures.unread());
    } catch (XMLStreamException | RuntimeException e) {
      return ReadResult.failed("corrupt", "damaged Word XML document that cannot be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** A flat OPC relationship's target, and whether it is a link outside the package. */
  private record Target(String name, boolean external) {}

  /**
   * The base64 data a Word XML file holds, by w:binData name or part name, and, in a package, the main part's name
   * and the relationships of each relationships part.
   */
  private record Held(Map<String, String> data, String mainPart, Map<String, Map<String, Target>> relationships) {

    static final Held NONE = new Held(Map.of(), null, Map.of());

    static Held in(String text) throws XMLStreamException {
      Map<String, String> data = new HashMap<>();
      Map<String, Map<String, Target>> relationships = new HashMap<>();
      String mainPart = null;
      String part = null;
      XMLStreamReader xml = DocxBody.parser(new StringReader(text));
      try {
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String ns = xml.getNamespaceURI();
          switch (xml.getLocalName()) {
            case "part" -> {
              if (PACKAGE.equals(ns)) {
                part = xml.getAttributeValue(PACKAGE, "name");
                String type = xml.getAttributeValue(PACKAGE, "contentType");
                mainPart = mainPart == null && type != null && type.endsWith(MAIN_PART) ? part : mainPart;
              }
            }
            case "binData" -> {
              String name = xml.getAttributeValue(WORD_2003, "name");
              if (WORD_2003.equals(ns) && name != null) {
                data.put(name, xml.getElementText());
              }
            }
            case "binaryData" -> {
              if (PACKAGE.equals(ns) && part != null) {
                data.put(part, xml.getElementText());
              }
            }
            case "Relationship" -> {
              String id = xml.getAttributeValue(null, "Id");
              String target = xml.getAttributeValue(null, "Target");
              if (part != null && id != null && target != null) {
                relationships.computeIfAbsent(part, p -> new HashMap<>())
                    .put(id, new Target(target, "External".equals(xml.getAttributeValue(null, "TargetMode"))));
              }
            }
            default -> { }
          }
        }
        return new Held(data, mainPart, relationships);
      } finally {
        xml.close();
      }
    }

    /** The blocks read from the picture {@code id} names (a w:binData's name, or a relationship id of the main part). */
    List<Block> picture(String id, Pictures pictures) {
      String base64 = data.get(id);
      String name = id;
      if (mainPart != null) {
        Target target = relationships.getOrDefault(DocxReader.relationshipsOf(mainPart), Map.of()).get(id);
        if (target == null) {
          return List.of();
        }
        if (target.external()) {
          pictures.linked(target.name());
          return List.of();
        }
        name = target.name();
        base64 = data.get("/" + DocxReader.partName(mainPart, target.name()));
      }
      if (base64 == null) {
        if (mainPart == null) {
          pictures.linked(id); // a Word 2003 picture showing a file beside the document
        } else {
          pictures.unreadable("no part " + name);
        }
        return List.of();
      }
      try {
        return pictures.held(Base64.getMimeDecoder().decode(base64));
      } catch (IllegalArgumentException e) {
        pictures.unreadable("damaged base64");
        return List.of();
      }
    }
  }
}
