package org.govdisclosure.extract.read;

/** A structured export (JSON, YAML or XML; a page of HTML that happens to be well-formed XML is a page), read as the lines of its tree. */
public final class ExportFormat extends SniffedFormat {

  public ExportFormat() {
    super("StructuredExport", 700, textThat(text -> !Openings.htmlPage(text) && Openings.export(text)));
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
