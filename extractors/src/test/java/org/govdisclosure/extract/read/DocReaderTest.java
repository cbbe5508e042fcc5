package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
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

  /**
   * LibreOffice writes some tables' row properties in a form HWPF cannot read (a report on a landscape page with narrow
   * columns, saved as Word 97): the cells read in order, a row to each row's end, still give every number of the tables.
   */
  @Test
  void aTableWhoseRowPropertiesHwpfCannotReadGivesItsCellsInOrder() {
    Path dir = FormatFixtures.DIR.resolve("libreoffice-doc");
    List<Gold> golds = Gold.in(dir, dir);
    assertThat(golds).isNotEmpty();
    try (ReportProcessor processor = ReportProcessor.withRegistered()) {
      for (Gold gold : golds) {
        List<Field> numbers =
            Evaluation.score(processor, gold).fields().stream().filter(Field::isNumber).filter(Field::inGold).toList();
        assertThat(numbers).hasSizeGreaterThan(150);
        assertThat(numbers.stream().filter(f -> !f.correct()).map(Field::name)).as(gold.name()).isEmpty();
      }
    }
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
