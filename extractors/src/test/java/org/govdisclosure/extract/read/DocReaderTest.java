package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.fixtures.FormatFixtures;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class DocReaderTest {

  /** LibreOffice saved each seed's DOCX as Word 97: the same paragraphs and tables, merged cells on the same grid. */
  @Test
  void word97CopiesOfTheSeedsReadAsTheirDocx() throws Exception {
    for (Gold seed : TestCorpus.under("seeds")) {
      ReadResult doc = new ReportReader().read(Files.readAllBytes(FormatFixtures.doc(seed)));
      ReadResult docx = new ReportReader().read(Files.readAllBytes(FormatFixtures.docx(seed)));
      assertThat(doc.reason()).isNull();
      assertThat(doc.document().format()).isEqualTo("doc");
      assertThat(doc.document().blocks()).as(seed.name()).isEqualTo(docx.document().blocks());
    }
  }

  /** The tracked deletion is left out and the insertion kept; a table laying out the page gives its content. */
  @Test
  void trackedChangesAreAcceptedAndATableHoldingATableGivesItsContent() throws Exception {
    ReadResult r = new ReportReader().read(Files.readAllBytes(FormatFixtures.DIR.resolve("word97-features.doc")));
    assertThat(r.document().blocks()).containsExactly(
        new Paragraph("保留新增"), new Paragraph("版式表格"), new Table(List.of(new Row(List.of(new Cell("规章"), new Cell("3"))))));
  }

  /** A Works word-processor file (.wps, like WPS Office's) is OLE2 too, without a Word document inside. */
  @Test
  void anOle2FileWithoutAWordDocumentSaysWhatItIs() throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "MatOST");
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "CONTENTS");
      fs.writeFilesystem(out);
      ReadResult r = new ReportReader().read(out.toByteArray());
      assertThat(r.failure()).isEqualTo("binary");
      assertThat(r.reason()).contains("not a Word document but a Microsoft Works (.wps) document");
    }
  }
}
