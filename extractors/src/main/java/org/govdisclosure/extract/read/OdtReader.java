package org.govdisclosure.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;

/**
 * Reads an OpenDocument text (ODT, as LibreOffice and WPS save it): the package's {@code content.xml}, streamed by
 * {@link OdtBody}, the pictures it shows read or noted by {@link Pictures}. Only the parts read are unpacked, each
 * capped as {@link OfficeZip} caps them.
 */
public final class OdtReader {

  private static final String CONTENT = "content.xml";

  /** The document, its pictures not read. */
  public ReadResult read(byte[] bytes) {
    return read(bytes, new Pictures(null));
  }

  ReadResult read(byte[] bytes, Pictures pictures) {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      ZipArchiveEntry content = zip.getEntry(CONTENT);
      if (content == null) {
        return ReadResult.failed("corrupt", "damaged OpenDocument (.odt) file that cannot be opened (no content.xml)");
      }
      try (InputStream xml = OfficeZip.unpacked(zip, content)) {
        return ReadResult.ok(new Document("odt", null, OdtBody.read(xml, href -> picture(zip, href, pictures))))
            .withPictures(pictures.ocr(), pictures.unread());
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return ReadResult.failed("corrupt", "damaged OpenDocument (.odt) file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** The blocks read from a picture the document shows: a part of the package, or a link outside it. */
  private static List<Block> picture(ZipFile zip, String href, Pictures pictures) {
    ZipArchiveEntry entry = zip.getEntry(href.startsWith("./") ? href.substring(2) : href);
    if (entry == null) {
      if (href.contains(":")) {
        pictures.linked(href);
      } else {
        pictures.unreadable("no part " + href);
      }
      return List.of();
    }
    return OfficeZip.picture(zip, entry, pictures);
  }
}
