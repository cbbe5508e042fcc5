package org.govdisclosure.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.input.BoundedInputStream;
import org.govdisclosure.extract.model.Document;

/**
 * Reads a Word (DOCX) file: the package's main part, found through its relationships, streamed by {@link DocxBody}.
 * Only that part is unpacked, through the archive's central directory, so a file cut short is told from a whole one.
 */
public final class DocxReader {

  private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
  /** The end of the relationship type of the main part, in the transitional and the strict namespace alike. */
  private static final String MAIN_PART_TYPE = "/officeDocument";

  public ReadResult read(byte[] bytes) {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      ZipArchiveEntry main = mainPart(zip);
      if (main == null) {
        return ReadResult.failed("corrupt", "damaged ZIP/DOCX file that cannot be opened (no main document part)");
      }
      try (InputStream xml = unpacked(zip, main)) {
        return ReadResult.ok(new Document("docx", null, DocxBody.read(xml)));
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return ReadResult.failed("corrupt", "damaged ZIP/DOCX file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** The entry the package's relationships name as its main part, or null. */
  private static ZipArchiveEntry mainPart(ZipFile zip) throws IOException, XMLStreamException {
    ZipArchiveEntry rels = zip.getEntry(PACKAGE_RELATIONSHIPS);
    if (rels == null) {
      return null;
    }
    try (InputStream in = unpacked(zip, rels)) {
      XMLStreamReader xml = DocxBody.parser(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
              && String.valueOf(xml.getAttributeValue(null, "Type")).endsWith(MAIN_PART_TYPE)) {
            String target = xml.getAttributeValue(null, "Target");
            // The package's relationships are relative to its root; a part's name has no leading slash.
            return target == null ? null : zip.getEntry(URI.create("/").resolve(target).getPath().substring(1));
          }
        }
        return null;
      } finally {
        xml.close();
      }
    }
  }

  /**
   * An entry's bytes as it is unpacked. {@link OfficeZip} caps what the entries unpack to as they follow each other;
   * the central directory may point elsewhere, so the part read is capped again.
   */
  private static InputStream unpacked(ZipFile zip, ZipArchiveEntry entry) throws IOException {
    return BoundedInputStream.builder().setInputStream(zip.getInputStream(entry)).setMaxCount(OfficeZip.MAX_UNPACKED_BYTES)
        .setOnMaxCount((max, count) -> {
          throw new IOException(entry.getName() + " unpacks to more than " + (max >> 20) + " MiB");
        }).get();
  }
}
