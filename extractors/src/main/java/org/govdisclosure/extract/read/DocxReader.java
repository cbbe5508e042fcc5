package org.govdisclosure.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;

/**
 * Reads a Word (DOCX) file: the package's main part, found through its relationships, streamed by {@link DocxBody}.
 * Only that part is unpacked, through the archive's central directory, so a file cut short is told from a whole one.
 */
public final class DocxReader {

  private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
  /** The end of the relationship type of the main part, in the transitional and the strict namespace alike. */
  private static final String MAIN_PART_TYPE = "/officeDocument";
  private static final String IMAGE_TYPE = "/image";

  /** A part's relationship to another part or, when {@code external}, to a link outside the package. */
  private record Relationship(String id, String type, String target, boolean external) {}

  /** The document, its pictures not read. */
  public ReadResult read(byte[] bytes) {
    return read(bytes, new Pictures(null));
  }

  /** The document, the pictures it shows read or noted by {@code pictures}. */
  ReadResult read(byte[] bytes, Pictures pictures) {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      ZipArchiveEntry main = relationships(zip, PACKAGE_RELATIONSHIPS).stream().filter(r -> r.type().endsWith(MAIN_PART_TYPE) && !r.external())
          .findFirst().map(r -> zip.getEntry(partName("/", r.target()))).orElse(null);
      if (main == null) {
        return ReadResult.failed("corrupt", "damaged ZIP/DOCX file that cannot be opened (no main document part)");
      }
      Map<String, Relationship> images = new HashMap<>();
      for (Relationship r : relationships(zip, relationshipsOf(main.getName()))) {
        if (r.type().endsWith(IMAGE_TYPE)) {
          images.put(r.id(), r);
        }
      }
      try (InputStream xml = OfficeZip.unpacked(zip, main)) {
        return ReadResult.ok(new Document("docx", null, DocxBody.read(xml, id -> picture(zip, main.getName(), images.get(id), pictures))))
            .withPictures(pictures.ocr(), pictures.unread());
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return ReadResult.failed("corrupt", "damaged ZIP/DOCX file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** The blocks read from the picture a relationship of the main part points to; a damaged picture costs only itself. */
  private static List<Block> picture(ZipFile zip, String mainPart, Relationship image, Pictures pictures) {
    if (image == null) {
      return List.of();
    }
    if (image.external()) {
      pictures.linked(image.target());
      return List.of();
    }
    ZipArchiveEntry entry = zip.getEntry(partName("/" + mainPart, image.target()));
    if (entry == null) {
      pictures.unreadable("no part " + image.target());
      return List.of();
    }
    return OfficeZip.picture(zip, entry, pictures);
  }

  /** The name of the part a relationship's target names, relative to the part {@code from} (a part's name has no leading slash). */
  static String partName(String from, String target) {
    return URI.create(from).resolve(target).getPath().substring(1);
  }

  /** The name of the relationships part of a part ({@code word/document.xml} → {@code word/_rels/document.xml.rels}). */
  static String relationshipsOf(String part) {
    int slash = part.lastIndexOf('/') + 1;
    return part.substring(0, slash) + "_rels/" + part.substring(slash) + ".rels";
  }

  /** The relationships a relationships part lists, none when there is no such part. */
  private static List<Relationship> relationships(ZipFile zip, String name) throws IOException, XMLStreamException {
    ZipArchiveEntry rels = zip.getEntry(name);
    if (rels == null) {
      return List.of();
    }
    List<Relationship> found = new ArrayList<>();
    try (InputStream in = OfficeZip.unpacked(zip, rels)) {
      XMLStreamReader xml = DocxBody.parser(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())) {
            String target = xml.getAttributeValue(null, "Target");
            if (target != null) {
              found.add(new Relationship(String.valueOf(xml.getAttributeValue(null, "Id")), String.valueOf(xml.getAttributeValue(null, "Type")),
                  target, "External".equals(xml.getAttributeValue(null, "TargetMode"))));
            }
          }
        }
        return found;
      } finally {
        xml.close();
      }
    }
  }
}
