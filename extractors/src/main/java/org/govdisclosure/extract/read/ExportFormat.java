package org.govdisclosure.extract.read;

/** A structured export (JSON, YAML or XML; a page of HTML that happens to be well-formed XML is a page), read as the lines of its tree. */
public final class ExportFormat implements FormatReader {

  @Override
  public String name() {
    return "StructuredExport";
  }

  @Override
  public int order() {
    return 700;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    return file.text() != null && !Openings.htmlPage(file.text()) && Openings.export(file.text());
  }

  @Override
  public Reading open(PageOcr ocr) {
    GuardedReader.initialized(StructuredExport.class);
    PlainTextReader text = new PlainTextReader();
    return file -> {
      StructuredExport.Parsed export = StructuredExport.parse(file.text());
      if (export == null) {
        return null;
      }
      return export.tree() == null ? ReadResult.failed(ReadResult.TOO_DEEP, export.tooDeep())
          : TextFormat.read(text, ExportLines.text(export), file.decoded());
    };
  }
}
