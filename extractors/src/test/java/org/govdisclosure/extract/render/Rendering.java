package org.govdisclosure.extract.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.govdisclosure.extract.HtmlPages;
import org.govdisclosure.extract.WordWebPages;
import org.govdisclosure.extract.fixtures.DocxFixture;
import org.govdisclosure.extract.fixtures.PdfFixture;
import org.govdisclosure.extract.fixtures.SheetFixture;
import org.govdisclosure.extract.fixtures.WordXmlFixture;
import org.govdisclosure.extract.model.Document;

/** Every way the readers take a report in, as a generated report is published in it. */
enum Rendering {
  HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, HtmlPages.of(ReportDocument.of(r, noise)).getBytes(Charset.forName("GBK")));
    }
  },
  /** A CMS page whose tables keep the template's merged cells (rowspan, colspan). */
  HTML_MERGED("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, HtmlPages.withMergedCells(ReportDocument.of(r, noise)).getBytes(Charset.forName("GBK")));
    }
  },
  DOCX("docx", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException {
      return tables(r, noise, DocxFixture.of(ReportDocument.paged(r, noise, rnd)));
    }
  },
  PDF("pdf", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException {
      return tables(r, noise, PdfFixture.of(ReportDocument.paged(r, noise, rnd), CjkFont.bytes(), PdfFixture.Layout.ROOMY));
    }
  },
  /**
   * An office export of a table whose counts of none an editor left blank: the PDF prints nothing in such a cell but
   * rules it, section 四's first cells too.
   */
  PDF_BLANK_CELLS("pdf", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException {
      return tables(r, noise, PdfFixture.of(ReportDocument.paged(r, noise, rnd), CjkFont.bytes(), PdfFixture.Layout.ROOMY));
    }
  },
  /** The official template's narrow columns: labels and headers wrap inside their cells. */
  PDF_WRAPPED("pdf", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException {
      return tables(r, noise, PdfFixture.of(ReportDocument.paged(r, noise, rnd), CjkFont.bytes(), PdfFixture.Layout.WRAPPED));
    }
  },
  WORD_TEXT_CELLS("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(TextExports.cellPerLine(ReportDocument.paged(r, noise, rnd)), TextNoise.Layout.CELL_LINES)));
    }
  },
  /** A page copied from a browser: one cell a line, its empty cells empty lines. */
  PAGE_COPY_CELLS("txt", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.pageCopy(ReportDocument.of(r, noise))));
    }
  },
  /**
   * A stored copy of a page's beginning, one cell a line: it stops at a character count anywhere from section 二 on,
   * part-way through a line or a number (12 of 125). What it prints whole is read; no cut figure passes for a whole one,
   * and the cells after the cut count as unread.
   */
  PAGE_BEGINNING_CELLS("txt", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      String page = TextExports.pageCopy(ReportDocument.of(r, noise));
      int from = Math.max(0, page.indexOf("二、"));
      return tables(r, noise, utf8(page.substring(0, from + 1 + rnd.nextInt(page.length() - from - 1))));
    }
  },
  /** A crawl one cell a line closed by a pipe ({@code 56 |}), its empty cells lone pipes, each row ended by {@code ||}. */
  PIPE_CELL_LINES("txt", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.pipeCellLines(ReportDocument.of(r, noise))));
    }
  },
  /**
   * A later page of a copy, one row a line: it starts at a line inside section 三's table, its heading and the rows
   * before on a page not copied. The rows it prints are read; the cells before it count as unread.
   */
  PAGE_MIDDLE_ROWS("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      String rows = TextExports.tabbed(ReportDocument.of(r, noise)).replace('\t', ' ');
      int heading = rows.indexOf("三、收到和处理");
      int review = rows.indexOf("\n四、政府信息公开行政复议", heading);
      List<Integer> lineStarts = new ArrayList<>();
      for (int at = rows.indexOf('\n', rows.indexOf('\n', heading) + 1); at >= 0 && at < review; at = rows.indexOf('\n', at + 1)) {
        lineStarts.add(at + 1);
      }
      int start = lineStarts.isEmpty() ? 0 : lineStarts.get(rnd.nextInt(lineStarts.size()));
      return tables(r, noise, utf8(rows.substring(start)));
    }
  },
  /** A page copy mirrored in Traditional script (申請, 總計, 採購), as mirror sites print reports, one cell a line. */
  TRADITIONAL_TEXT_CELLS("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      String cells = text.apply(TextExports.cellPerLine(ReportDocument.paged(r, noise, rnd)), TextNoise.Layout.CELL_LINES);
      return tables(r, noise, utf8(TraditionalScript.of(cells)));
    }
  },
  WORD_TEXT_TABBED("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(TextExports.tabbed(ReportDocument.paged(r, noise, rnd)), TextNoise.Layout.FREE)));
    }
  },
  /**
   * {@link #WORD_TEXT_TABBED} with its cells joined by a full-width ｜ or a box-drawing │ and no outer borders, as a
   * text in GB-style punctuation prints them: a row whose first cell is blank opens with the bar, one whose first cell
   * holds a label ({@code 三、本年度办理结果｜（一）予以公开｜…}) at the margin.
   */
  BAR_JOINED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      String tabbed = TextExports.tabbed(ReportDocument.paged(r, noise, rnd));
      return tables(r, noise, utf8(tabbed.replace('\t', rnd.nextBoolean() ? '｜' : '│')));
    }
  },
  /** Word's tab-separated export of a report whose headings number its parts (第三部分 收到和处理…). */
  HEADED_BY_PART_TABBED("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      Document doc = ReportDocument.headedByPart(ReportDocument.of(r, noise));
      return tables(r, noise, utf8(text.apply(TextExports.tabbed(doc), TextNoise.Layout.FREE)));
    }
  },
  /** Word's tab-separated export through a converter that doubled some rows' tabs and spaced some figures apart. */
  WORD_TEXT_MIXED_SEPARATORS("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.tabbedMixed(ReportDocument.paged(r, noise, rnd), rnd)));
    }
  },
  /** Word's tab-separated export through a converter that doubled tabs between figures at random. */
  WORD_TEXT_DOUBLED_TABS("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.tabbedDoubledAtRandom(ReportDocument.paged(r, noise, rnd), rnd)));
    }
  },
  /** A spreadsheet's tables saved as CSV, pasted into the text: commas part the cells. */
  CSV_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(TextExports.csv(ReportDocument.of(r, noise)), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** {@link #CSV_TEXT} with every field quoted, as some tools save each cell as a string. */
  CSV_QUOTED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(TextExports.csvQuoted(ReportDocument.of(r, noise)), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** {@link #CSV_QUOTED_TEXT} parted by semicolons or tabs, as an office suite's CSV export may be set to. */
  CSV_QUOTED_OTHER_SEPARATOR("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      String csv = TextExports.csvQuoted(ReportDocument.of(r, noise), rnd.nextBoolean() ? ';' : '\t');
      return tables(r, noise, utf8(text.apply(csv, TextNoise.Layout.MARKDOWN)));
    }
  },
  /** A phone's page: a cell a line, each figure after its column's name ({@code 自然人：5}). */
  KEY_VALUE_LINES("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.keyValueLines(ReportDocument.of(r, noise))));
    }
  },
  /** A scan read by an OCR service and saved as its CSV export: apostrophe-marked fields, captions, confidence grids. */
  TEXTRACT_CSV("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.textractCsv(ReportDocument.paged(r, noise, rnd), rnd)));
    }
  },
  /** A PDF parsed by a document-AI tool into elements saved as JSON: a table's cells and spans in its text_as_html. */
  UNSTRUCTURED_JSON("json", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.unstructuredJson(ReportDocument.paged(r, noise, rnd), rnd)));
    }
  },
  /**
   * The whole report typed into one spreadsheet sheet and saved as CSV: headings and paragraphs padded with commas to
   * the sheet's width, in UTF-8 as Excel saves it or GBK as WPS does.
   */
  SHEET_CSV("csv", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      String csv = TextExports.sheetCsv(ReportDocument.of(r, noise));
      return tables(r, noise, rnd.nextBoolean() ? utf8(csv) : csv.getBytes(Charset.forName("GBK")));
    }
  },
  /** The tables' rows as a script prints what a PDF table extractor returns: Python lists, or camelot's quoted CSV. */
  EXTRACTED_ROWS_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.extractedRows(ReportDocument.paged(r, noise, rnd), rnd)));
    }
  },
  /** The tables as converters to a text markup write them: AsciiDoc tables with their spans, or RST list tables. */
  MARKUP_TABLES_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.markupTables(ReportDocument.paged(r, noise, rnd), rnd)));
    }
  },
  /** A forum post's BBCode tables (see {@link TextExports#bbcode}): merged cells as [td=colspan,rowspan]. */
  FORUM_BBCODE("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.bbcode(ReportDocument.paged(r, noise, rnd), rnd)));
    }
  },
  CRAWLED_GLUED("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.GLUED, rnd)));
    }
  },
  CRAWLED_SPACED("txt", LabelNoise.Cells.TOKENS) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.SPACED, rnd), TextNoise.Layout.FREE)));
    }
  },
  CRAWLED_MIXED("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.crawled(ReportDocument.of(r, noise), TextExports.Flattening.MIXED, rnd)));
    }
  },
  PDF_MARKDOWN("md", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(PdfMarkdown.of(r, noise, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** PDF_MARKDOWN whose converter merged two figures of some rows into one cell ({@code | 9 67 |}). */
  PDF_MARKDOWN_MERGED_CELLS("md", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(PdfMarkdown.withMergedCells(r, noise, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  PDF_TEXT_LINES("txt", LabelNoise.Cells.TOKENS) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(PdfTextLines.of(r, noise, rnd), TextNoise.Layout.FREE)));
    }
  },
  /** A text export whose lines wrap around their numbers: a label's pieces before and after the row's numbers. */
  WRAPPED_AROUND_TEXT("txt", LabelNoise.Cells.TOKENS) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(PdfTextLines.of(r, PdfTextLines.Style.WRAPPED_AROUND, noise, rnd)));
    }
  },
  /** Sections 三 and 四 as one sentence per table row, in a Word text export. */
  PROSE_KEY_VALUE("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.KEY_VALUE, noise, rnd);
      return new Output(utf8(text.apply(TextExports.tabbed(ReportDocument.of(r, noise, prose)), TextNoise.Layout.FREE)), prose.gold(r));
    }
  },
  /** Rows written as sentences as pasted text varies them: separators, counters, colons and closing marks. */
  PROSE_KEY_VALUE_VARIED("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.KEY_VALUE_VARIED, noise, rnd);
      return new Output(utf8(text.apply(TextExports.tabbed(ReportDocument.of(r, noise, prose)), TextNoise.Layout.FREE)), prose.gold(r));
    }
  },
  /** Rows written as sentences that list their columns' names, then the counts after 分别为, in a Word text export. */
  PROSE_RESPECTIVELY("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.RESPECTIVELY, noise, rnd);
      return new Output(utf8(text.apply(TextExports.tabbed(ReportDocument.of(r, noise, prose)), TextNoise.Layout.FREE)), prose.gold(r));
    }
  },
  /** Rows written as sentences listing their counts after 分别为 in an order of columns said once, in a Word text export. */
  PROSE_STATED_ORDER("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.STATED_ORDER, noise, rnd);
      return new Output(utf8(text.apply(TextExports.tabbed(ReportDocument.of(r, noise, prose)), TextNoise.Layout.FREE)), prose.gold(r));
    }
  },
  /** A small report that sums sections 三 and 四 up in a few sentences, as an HTML page. */
  PROSE_SUMMARY("html", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.SUMMARY, noise, rnd);
      return new Output(HtmlPages.of(ReportDocument.of(r, noise, prose)).getBytes(Charset.forName("GBK")), prose.gold(r));
    }
  },
  /** Section 三's outcomes each with its count first (2件办理结果为保护第三方合法权益), rows of none left out, in a Word text export. */
  PROSE_COUNT_FIRST("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.COUNT_FIRST, noise, rnd);
      return new Output(utf8(text.apply(TextExports.tabbed(ReportDocument.of(r, noise, prose)), TextNoise.Layout.FREE)), prose.gold(r));
    }
  },
  /** Sections 三 and 四 narrated as offices write them ({@link ProseSections.Style#OFFICE}), in a Word text export. */
  PROSE_OFFICE("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProseSections prose = ProseSections.of(r, ProseSections.Style.OFFICE, noise, rnd);
      return new Output(utf8(text.apply(TextExports.tabbed(ReportDocument.of(r, noise, prose)), TextNoise.Layout.FREE)), prose.gold(r));
    }
  },
  /** Section 二 written as sentences naming each item's columns, the other sections' tables in a Word text export. */
  PROSE_PROACTIVE("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProactiveSentences sentences = ProactiveSentences.of(r, noise, rnd);
      return new Output(utf8(text.apply(TextExports.tabbed(ReportDocument.of(r, noise, sentences)), TextNoise.Layout.FREE)),
          sentences.gold(r, noise));
    }
  },
  /**
   * Sections 二–四 all worded as small offices word them ({@link ProactiveSentences#plain}, {@link ProseSections.Style#PLAIN}):
   * figures without their column's name, totals named 合计/共计/累计, Chinese numerals, 分别 with a verb, and sentences
   * that state nothing (a row of none, a comparison with last year), in a Word text export.
   */
  PROSE_PLAIN("txt", LabelNoise.Cells.PLAIN) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ProactiveSentences proactive = ProactiveSentences.plain(r, noise, rnd);
      ProseSections prose = ProseSections.of(r, ProseSections.Style.PLAIN, noise, rnd);
      return new Output(utf8(text.apply(TextExports.tabbed(ReportDocument.of(r, noise, prose, proactive)), TextNoise.Layout.FREE)),
          proactive.into(prose.gold(r), r));
    }
  },
  /** A converter's markdown with each table whole as one pipe table, merged cells repeated, empty or left out. */
  MARKDOWN_TABLES("md", LabelNoise.Cells.GRID, true) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      GeneratedReport large = large(r, rnd);
      return tables(large, noise, utf8(text.apply(MarkdownTables.of(large, noise, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** A converter's plain text (pandoc plain): cells placed by position under dash rules, blank cells only spaces. */
  POSITIONED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(PositionedText.of(ReportDocument.of(r, noise), PositionedText.Style.DASH_RULES, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /**
   * The same dump of a site whose editors leave some of section 二's counts of none blank: a row's lone value stands
   * among spaces, its column shown only by its place.
   */
  SPACED_ITEM_BLANKS("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      GeneratedReport blanked = r.withBlankItemCells(rnd);
      String dump = PositionedText.of(ReportDocument.of(blanked, noise), PositionedText.Style.SPACED, rnd);
      ObjectNode gold = noise.gold(blanked);
      gold.set("proactive", blanked.proactiveGold());
      return new Output(utf8(text.apply(dump, TextNoise.Layout.MARKDOWN)), gold);
    }
  },
  /** A dump of borderless tables (lynx, w3m) or a PDF's layout text: cells placed by position, no rules, blanks as spaces. */
  SPACED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(PositionedText.of(ReportDocument.of(r, noise), PositionedText.Style.SPACED, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /**
   * {@link #SPACED_TEXT} whose section 四 is three small captioned tables of generic column names, one a proceeding
   * ({@link CaptionedReviewTables}).
   */
  CAPTIONED_REVIEW_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      String dump = PositionedText.of(ReportDocument.of(r, noise), PositionedText.Style.SPACED, rnd);
      return tables(r, noise, utf8(text.apply(CaptionedReviewTables.replacing(dump, r, noise, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /**
   * The same dump of tables whose header cells are narrow: each header word wraps in its column, two characters a line
   * ({@code 商业} over {@code 企业}), the header's second row of names on lines of their own.
   */
  WRAPPED_HEADER_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      PositionedText.Style style = rnd.nextBoolean() ? PositionedText.Style.SPACED : PositionedText.Style.DASH_RULES;
      return tables(r, noise, utf8(text.apply(PositionedText.of(ReportDocument.of(r, noise), style, true, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** A converter's markdown whose section 三 header cells over the values wrap in two, each half a pipe row of its own. */
  WRAPPED_HEADER_MARKDOWN("md", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(MarkdownTables.of(r, noise, true, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** A text dump of a page's tables drawn as grids: box-drawing characters (w3m) or {@code +---+} rules (pandoc). */
  GRID_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      PositionedText.Style style = rnd.nextBoolean() ? PositionedText.Style.BOX_GRID : PositionedText.Style.PLUS_GRID;
      return tables(r, noise, utf8(text.apply(PositionedText.of(ReportDocument.of(r, noise), style, rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** A PDF converted to markdown whose tables are LaTeX (Mathpix): merged cells as multirow and multicolumn. */
  LATEX_TABLES_MARKDOWN("md", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(TextExports.latexTables(ReportDocument.paged(r, noise, rnd)), TextNoise.Layout.MARKDOWN)));
    }
  },
  /**
   * A text dump of ruled tables drawn with their merged cells ({@link DrawnGrid}): narrow cells, wrapped labels, text
   * maybe centred, so a merged label stands across the rules of the rows beside it.
   */
  DRAWN_MERGED_GRID_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(DrawnGrid.of(ReportDocument.paged(r, noise, rnd), rnd), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** A page converted to markdown: the tables with merged cells kept as raw HTML, the others as pipe tables. */
  MARKDOWN_HTML("md", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(text.apply(MarkdownHtml.of(ReportDocument.of(r, noise)), TextNoise.Layout.MARKDOWN)));
    }
  },
  /** A PDF's text with its layout kept: the narrow label columns' pieces side by side on the table's lines. */
  LAYOUT_TEXT("txt", LabelNoise.Cells.TOKENS, true) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return layoutText(r, noise, text, rnd, TextNoise.Layout.FREE);
    }
  },
  /**
   * The same from a site that leaves some counts of none blank, its spacing as the extractor laid it out: a blank cell
   * is only a gap, placed by the columns of the other rows (those before a page break for the rows after it).
   */
  LAYOUT_TEXT_BLANKS("txt", LabelNoise.Cells.BLANK_GRID, true) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return layoutText(r, noise, text, rnd, TextNoise.Layout.MARKDOWN);
    }
  },
  /**
   * A PDF's text as pdftotext's {@code -layout} prints it where counts of none are blank: header words and figures of a
   * column on one character column a page, a blank cell a gap, the columns laid out anew after a page break.
   */
  PDF_LAYOUT_GRID("txt", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(PdfLayoutGrid.of(r, noise, rnd)));
    }
  },
  /** An HTML page's narrow tables printed to PDF as three-line tables of tight cells: no rule parts the columns. */
  PDF_THREE_LINE("pdf", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException {
      return tables(r, noise, PdfFixture.of(ReportDocument.paged(r, noise, rnd), CjkFont.bytes(), PdfFixture.Layout.THREE_LINE));
    }
  },
  /** An HTML page printing section 三 as two tables, each with the row labels and some of the columns. */
  HALVES_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixPage(r, noise, ReportDocument.Matrix.HALVES, rnd);
    }
  },
  /** The same as a text export: tab-separated, CSV, markdown or spaced columns. */
  HALVES_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixText(r, noise, text, ReportDocument.Matrix.HALVES, rnd);
    }
  },
  /** An HTML page printing section 三 as two tables, the second without the row labels (maybe numbered by 序号). */
  HALVES_UNLABELLED_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixPage(r, noise, ReportDocument.Matrix.HALVES_UNLABELLED, rnd);
    }
  },
  /** The same as a text export: tab-separated, CSV, markdown or spaced columns. */
  HALVES_UNLABELLED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixText(r, noise, text, ReportDocument.Matrix.HALVES_UNLABELLED, rnd);
    }
  },
  /** An HTML page printing section 三 as two tables, the header rows only over the first, now and then with a 小计 column. */
  CONTINUED_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixPage(r, noise, ReportDocument.Matrix.CONTINUED, rnd);
    }
  },
  /** The same as a text export: tab-separated, CSV, markdown or spaced columns. */
  CONTINUED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixText(r, noise, text, ReportDocument.Matrix.CONTINUED, rnd);
    }
  },
  /** Section 三 beside last year's, each column named with its year (see {@link ReportDocument.Matrix#BESIDE_LAST_YEAR}). */
  BESIDE_LAST_YEAR_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixPage(r, noise, ReportDocument.Matrix.BESIDE_LAST_YEAR, rnd);
    }
  },
  /** The same as a text export: tab-separated, CSV, markdown or spaced columns. */
  BESIDE_LAST_YEAR_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixText(r, noise, text, ReportDocument.Matrix.BESIDE_LAST_YEAR, rnd);
    }
  },
  /** An HTML page printing section 三 with its 总计 column first. */
  TOTAL_FIRST_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixPage(r, noise, ReportDocument.Matrix.TOTAL_FIRST, rnd);
    }
  },
  /** The same as a text export: tab-separated, CSV, markdown or spaced columns. */
  TOTAL_FIRST_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixText(r, noise, text, ReportDocument.Matrix.TOTAL_FIRST, rnd);
    }
  },
  /**
   * An HTML page printing section 三's five organisations first, then 自然人 and 总计, its header saying so: the
   * header row naming them opens with the blank the corner merged down the header leaves.
   */
  ORGANISATIONS_FIRST_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixPage(r, noise, ReportDocument.Matrix.ORGANISATIONS_FIRST, rnd);
    }
  },
  /** The same as a text export: tab-separated, CSV, markdown or spaced columns. */
  ORGANISATIONS_FIRST_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixText(r, noise, text, ReportDocument.Matrix.ORGANISATIONS_FIRST, rnd);
    }
  },
  /**
   * A text export printing section 三 with the five organisations in another order than the template's, its header
   * saying so, its header printed again in part after a page break.
   */
  SWAPPED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixText(r, noise, text, ReportDocument.Matrix.SWAPPED, rnd);
    }
  },
  /**
   * A browser's text copy of a page printing section 三's organisations in another order, its header cells breaking
   * their words over lines ({@code 科研<br>机构}): each break ends a line inside the header.
   */
  BROKEN_HEADER_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      Document doc = ReportDocument.of(r, noise, ReportDocument.Matrix.SWAPPED, rnd);
      return tables(r, noise, utf8(text.apply(TextExports.tabbedBrokenHeader(doc, rnd), TextNoise.Layout.FREE)));
    }
  },
  /** An HTML page printing section 三 turned: a row per applicant column, the template's rows across. */
  TRANSPOSED_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixPage(r, noise, ReportDocument.Matrix.TRANSPOSED, rnd);
    }
  },
  /** The same as a text export. */
  TRANSPOSED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixText(r, noise, text, ReportDocument.Matrix.TRANSPOSED, rnd);
    }
  },
  /** The same, the organisations' rows named after their group's header word ({@code 法人或其他组织-商业企业}). */
  TRANSPOSED_FLATTENED_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return matrixPage(r, noise, ReportDocument.Matrix.TRANSPOSED_FLATTENED, rnd);
    }
  },
  /** An HTML page printing section 四 turned (a row per outcome) or in two tables (复议, then both 诉讼 side by side). */
  REVIEW_SHAPES_HTML("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ReportDocument.Review review = rnd.nextBoolean() ? ReportDocument.Review.TURNED : ReportDocument.Review.PARTS;
      return tables(r, noise, HtmlPages.of(ReportDocument.of(r, noise, review)).getBytes(Charset.forName("GBK")));
    }
  },
  /** An Excel workbook (see {@link SheetFixture}): merged regions, counts in Excel's number formats, a hidden scratch sheet. */
  XLSX("xlsx", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException {
      return tables(r, noise, SheetFixture.of(ReportDocument.of(r, noise), rnd));
    }
  },
  /** A PDF's text as pdftotext dumps it by default: a block per cell, wrapped labels around their first count. */
  PDF_DEFAULT_TEXT("txt", LabelNoise.Cells.TOKENS) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(PdfDefaultText.of(r, noise, rnd)));
    }
  },
  /** An online document preview: the tables as rows of divs styled {@code display:flex} or {@code table-row}. */
  HTML_CSS_ROWS("html", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, HtmlPages.withCssRows(ReportDocument.of(r, noise), rnd).getBytes(Charset.forName("GBK")));
    }
  },
  /** A site builder's page: the tables as CSS grids of divs with spanning cells, or rows of divs floated left. */
  HTML_CSS_GRID("html", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, HtmlPages.withCssGrid(ReportDocument.of(r, noise), rnd).getBytes(Charset.forName("GBK")));
    }
  },
  /** A crawler's JSON dump of the page: its blocks in order, a table's rows as objects of an index and cells. */
  CRAWLER_JSON("json", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.crawlerJson(ReportDocument.of(r, noise), rnd)));
    }
  },
  /** An open-data portal's JSON export: objects nested section › row (› group) › column under the printed labels. */
  EXPORT_JSON_NESTED("json", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      ObjectNode tree = StructuredExports.nested(r, rnd);
      return export(r, rnd.nextBoolean() ? tree.toPrettyString() : tree.toString());
    }
  },
  /** A JSON export of lists of row objects under English keys, a row's labels joined in one. */
  EXPORT_JSON_ROWS("json", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return export(r, StructuredExports.rows(r, rnd).toPrettyString());
    }
  },
  /** A JSON export of flat key paths, {@code "三.本年新收政府信息公开申请数量.自然人": 5}. */
  EXPORT_JSON_KEY_PATHS("json", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return export(r, StructuredExports.keyPaths(r, rnd).toPrettyString());
    }
  },
  /** The nested export as block-style YAML. */
  EXPORT_YAML_BLOCK("yaml", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return export(r, StructuredExports.yamlBlock(StructuredExports.nested(r, rnd)));
    }
  },
  /** The nested export as flow-style YAML on one line. */
  EXPORT_YAML_FLOW("yaml", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return export(r, StructuredExports.yamlFlow(StructuredExports.nested(r, rnd)));
    }
  },
  /** Flat key paths as YAML lines, {@code 三.本年新收政府信息公开申请数量.自然人: 5}. */
  EXPORT_YAML_KEY_PATHS("yaml", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return export(r, StructuredExports.yamlBlock(StructuredExports.keyPaths(r, rnd)));
    }
  },
  /** An XML export, an element per row and an attribute per cell. */
  EXPORT_XML_ATTRIBUTES("xml", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return export(r, StructuredExports.xml(r, false));
    }
  },
  /** An XML export, an element per row and a child element per cell, named by its column. */
  EXPORT_XML_ELEMENTS("xml", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return export(r, StructuredExports.xml(r, true));
    }
  },
  /** Word's tab-separated export of tables numbering their rows in a 序号 column before the labels. */
  WORD_TEXT_NUMBERED("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.tabbedNumbered(ReportDocument.of(r, noise), rnd)));
    }
  },
  /** {@link #WORD_TEXT_TABBED} as a PDF whose bold is overprinted extracts it: each label's characters doubled. */
  OVERPRINTED_TEXT("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(ViewerCopies.overprinted(TextExports.tabbed(ReportDocument.of(r, noise)))));
    }
  },
  /** {@link #WORD_TEXT_TABBED} copied from a code viewer: every line after its number. */
  VIEWER_NUMBERED_LINES("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(ViewerCopies.numberedLines(TextExports.tabbed(ReportDocument.of(r, noise)), rnd)));
    }
  },
  /** The tables as a screen reader speaks them: a cell a line with its place (第3行，第2列：5). */
  SCREEN_READER_CELLS("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(ViewerCopies.addressedCells(TextExports.tabbed(ReportDocument.of(r, noise)))));
    }
  },
  /** {@link #KEY_VALUE_LINES} as a web article decorates it: a mark (▎ ◆ ✅ 👉 ·) before each heading and label. */
  DECORATED_KEY_VALUE_LINES("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(ViewerCopies.decorated(TextExports.keyValueLines(ReportDocument.of(r, noise)), rnd)));
    }
  },
  /** A site's rich-text editor's page (see {@link HtmlPages#cmsEditor}): th headers, editors' blanks, stray cells. */
  CMS_EDITOR_HTML("html", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(HtmlPages.cmsEditor(ReportDocument.of(r, noise), rnd)));
    }
  },
  /** Word's "save as web page" (see {@link WordWebPages}): mso markup, split spans, placeholder cells, gb2312. */
  WORD_WEB_PAGE("html", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, WordWebPages.page(ReportDocument.of(r, noise), rnd).getBytes(Charset.forName("GBK")));
    }
  },
  /** The same page saved by Word as a single file web page: quoted-printable in a MIME file. */
  WEB_ARCHIVE("mht", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, WordWebPages.singleFile(WordWebPages.page(ReportDocument.of(r, noise), rnd).getBytes(Charset.forName("GBK"))));
    }
  },
  /** Word 2003 XML published as a {@code .doc} (see {@link WordXmlFixture}). */
  WORD_XML("doc", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, WordXmlFixture.of(ReportDocument.of(r, noise)));
    }
  },
  /** A page whose cells hold their text in blocks (see {@link HtmlPages#withBlockCells}): paragraphs, divs, block spans. */
  HTML_BLOCK_CELLS("html", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, HtmlPages.withBlockCells(ReportDocument.of(r, noise), rnd).getBytes(Charset.forName("GBK")));
    }
  },
  /** A PDF-to-HTML conversion: every run placed by left/top, each table's runs written column by column. */
  HTML_PLACED_RUNS("html", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, HtmlPages.placedColumnByColumn(ReportDocument.of(r, noise), rnd).getBytes(Charset.forName("GBK")));
    }
  },
  /** {@link #KEY_VALUE_LINES} with the harsh changes: a counter after every count (自然人：19件), thousands separators. */
  KEY_VALUE_COUNTED_LINES("txt", LabelNoise.Cells.GRID, true) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException {
      return KEY_VALUE_LINES.publish(r, noise, text, rnd);
    }
  },
  /** {@link #PROSE_RESPECTIVELY} with the harsh changes: circled ordinals (⑤属于三类内部事务信息：…分别是…). */
  PROSE_RESPECTIVELY_CIRCLED("txt", LabelNoise.Cells.PLAIN, true) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException {
      return PROSE_RESPECTIVELY.publish(r, noise, text, rnd);
    }
  },
  /**
   * A crawl of the page's source text with its character references left in ({@code &ldquo;}, {@code &#20013;},
   * {@code &#xff08;}), one cell a line, an empty cell {@code &nbsp;} or an empty line.
   */
  PAGE_SOURCE_REFERENCES("txt", LabelNoise.Cells.BLANK_GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      return tables(r, noise, utf8(TextExports.withCharacterReferences(TextExports.pageCopy(ReportDocument.of(r, noise)), rnd)));
    }
  },
  /** A report forwarded in an e-mail: Word's tab-separated export under the mail's header, each line quoted ({@code > }). */
  MAIL_QUOTED_TABBED("txt", LabelNoise.Cells.GRID) {
    @Override
    Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) {
      String tabbed = text.apply(TextExports.tabbed(ReportDocument.paged(r, noise, rnd)), TextNoise.Layout.FREE);
      return tables(r, noise, utf8(TextExports.mailQuoted(tabbed, rnd)));
    }
  };

  /** An HTML page printing section 三 in the given shape. */
  private static Output matrixPage(GeneratedReport r, LabelNoise noise, ReportDocument.Matrix matrix, Random rnd) {
    return tables(r, noise, HtmlPages.of(ReportDocument.of(r, noise, matrix, rnd)).getBytes(Charset.forName("GBK")));
  }

  /** A text export printing section 三 in the given shape. */
  private static Output matrixText(GeneratedReport r, LabelNoise noise, TextNoise text, ReportDocument.Matrix matrix,
      Random rnd) {
    return tables(r, noise, utf8(textExport(ReportDocument.of(r, noise, matrix, rnd), text, rnd)));
  }

  /** The document as one of the text exports of grids, drawn. */
  private static String textExport(Document doc, TextNoise text, Random rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> text.apply(TextExports.tabbed(doc), TextNoise.Layout.FREE);
      case 1 -> text.apply(TextExports.csv(doc), TextNoise.Layout.MARKDOWN);
      case 2 -> text.apply(MarkdownHtml.of(doc), TextNoise.Layout.MARKDOWN);
      default -> text.apply(PositionedText.of(doc, PositionedText.Style.SPACED, rnd), TextNoise.Layout.MARKDOWN);
    };
  }

  /** The label noise rates renderings are drawn with: none, light, heavy. */
  private static final double[] NOISE_RATES = {0, 0.1, 0.25};

  final String extension;
  /** What the layout lets a cell be printed as. */
  private final LabelNoise.Cells cells;
  /** Whether the kind also draws {@link LabelNoise}'s harsh changes. */
  private final boolean harsh;

  Rendering(String extension, LabelNoise.Cells cells) {
    this(extension, cells, false);
  }

  Rendering(String extension, LabelNoise.Cells cells, boolean harsh) {
    this.extension = extension;
    this.cells = cells;
    this.harsh = harsh;
  }

  abstract Output publish(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd) throws IOException;

  /** A published file and its gold: what a careful reader takes from it (GOLD-FORMAT.md). */
  record Output(byte[] bytes, ObjectNode gold) {}

  /** A large report's PDF text with its layout kept ({@link LayoutText}), its spacing blurred as {@code spacing} allows. */
  private static Output layoutText(GeneratedReport r, LabelNoise noise, TextNoise text, Random rnd, TextNoise.Layout spacing) {
    GeneratedReport large = large(r, rnd);
    return tables(large, noise, utf8(text.apply(LayoutText.of(large, noise, rnd), spacing)));
  }

  /** A structured export of sections 三 and 四 (and 政府集中采购): every cell, no other item of section 二. */
  private static Output export(GeneratedReport r, String text) {
    ObjectNode gold = r.gold();
    gold.putObject("proactive");
    return new Output(utf8(text), gold);
  }

  /** A file whose tables print every cell: its gold is the whole report, less the cells printed blank. */
  private static Output tables(GeneratedReport r, LabelNoise noise, byte[] bytes) {
    return new Output(bytes, noise.gold(r));
  }

  /** One rendering: the report drawn from {@code seed} published in this way, with noise drawn from the seed too. */
  Rendered render(long seed) {
    return render(seed, GeneratedReport.generate(seed));
  }

  /** The rendering of {@code seed}'s report as {@code report} (that report, placed elsewhere) shows it. */
  Rendered render(long seed, GeneratedReport report) {
    // Seeded by the kind's name, not its position, so that adding a kind leaves the others' renderings as they were.
    Random rnd = GeneratedReport.random(seed * 31 + name().hashCode());
    double rate = NOISE_RATES[rnd.nextInt(NOISE_RATES.length)];
    try {
      IntPredicate printable = extension.equals("pdf") ? CjkFont::covers : c -> true;
      LabelNoise noise = new LabelNoise(rnd, rate, cells, printable, harsh);
      return new Rendered(this, seed, report, rate, publish(report, noise, new TextNoise(rnd, rate), rnd));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One report in three as a large office's, its section 三 counts in the thousands. */
  private static GeneratedReport large(GeneratedReport r, Random rnd) {
    return rnd.nextInt(3) == 0 ? r.scaled(10 + rnd.nextInt(40)) : r;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A rendering's file and the report it shows. */
  record Rendered(Rendering kind, long seed, GeneratedReport report, double noise, Output output) {
    byte[] bytes() {
      return output.bytes();
    }

    ObjectNode gold() {
      return output.gold();
    }

    String fileName() {
      return kind.name().toLowerCase() + "-" + seed + "." + kind.extension;
    }
  }
}
