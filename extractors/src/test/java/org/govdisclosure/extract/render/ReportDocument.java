package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;

/**
 * A generated report laid out as a Word report is: title, the six sections with a few sentences of prose that state
 * no figure, and the tables with the cells the official template has (the empty cells under merged labels and
 * headers included, as a Word text export shows them). Every rendering of tables as grids starts from it.
 */
final class ReportDocument {

  private static final String[] FILLER = {
      "本机关严格按照《中华人民共和国政府信息公开条例》要求，认真做好政府信息公开工作。",
      "进一步完善信息发布机制，做到应公开尽公开，主动回应社会关切。",
      "依申请公开工作严格按照法定程序和时限办理，答复规范。",
      "下一步，将继续加强队伍建设和业务培训，不断提升政务公开质量。"};

  /** Section 三's header rows: 申请人情况, 自然人 / 法人或其他组织 / 总计, and the kinds of organisation. */
  private static final int APPLICATIONS_HEADER_ROWS = 3;
  /** Section 三's value columns. */
  private static final int COLUMNS = 7;
  /** What a converter prints between the two parts of a table it split (or nothing). */
  private static final String CONTINUED = "（续表）";
  /** The captions a table parted between pages goes on under; a numbered one's figure is the table's number. */
  private static final List<String> CONTINUED_CAPTIONS = List.of(CONTINUED, "续表3", "表3 收到和处理政府信息公开申请情况（续）");
  /** The column some publishers add after the five organisations: their sum, outside the template. */
  private static final String SUBTOTAL = "小计";
  /** The numerals of the parts a report's headings may number (第三部分). */
  private static final String PART_NUMERALS = "一二三四五六";
  /** The organisation columns of section 三, after 自然人. */
  private static final int ORGANISATIONS = 5;
  /** What a converter puts between a group's header word and a column's name it flattens them into one cell with. */
  private static final List<String> FLATTENED_MARKS = List.of("-", "－", "/", "·", "：");
  /** The letters of a header word a narrow cell prints on its first line. */
  private static final int WRAPPED_HEADER_WIDTH = 2;

  /** How section 三's matrix is printed. */
  enum Matrix {
    /** One table, as the template has it. */
    WHOLE,
    /** Two tables, each with the row labels under a header naming some of the columns: 自然人 商业企业 | 科研机构 … 总计. */
    HALVES,
    /**
     * The same, the second table without the row labels (a page too narrow for them twice): its figures under the
     * names of its columns alone, or after a 序号 column numbering the rows, in the first table's row order.
     */
    HALVES_UNLABELLED,
    /** One table turned: a row per applicant column, named in its first cell, under a header of the template's rows. */
    TRANSPOSED,
    /**
     * The same, the five organisations named after their group's header word and a mark ({@code 法人或其他组织-商业企业}),
     * as a converter flattens the two header rows over them into one cell.
     */
    TRANSPOSED_FLATTENED,
    /**
     * Two tables, the header rows printed over the first only (a break the converter did not repeat them at, or the
     * publisher's own split), half the time with a 小计 column after the five organisations in both.
     */
    CONTINUED,
    /** One table printing its 总计 column first, before 自然人 and the five organisations, its header saying so. */
    TOTAL_FIRST,
    /** One table printing the five organisations first, then 自然人 and 总计, its header saying so. */
    ORGANISATIONS_FIRST,
    /**
     * One table naming the five organisations in another order than the template's, its header saying so; now and
     * then broken at a page, its header printed again there in part: without its last row, or with the organisations'
     * names wrapped in narrow cells ({@code 科研} / {@code 机构}).
     */
    SWAPPED,
    /**
     * One table printing last year's counts beside this year's for comparison, each column named with its year
     * ({@code 2023年自然人} … {@code 2022年总计}), this year's block first or second.
     */
    BESIDE_LAST_YEAR
  }

  /** How section 四 is printed. */
  enum Review {
    /** The template's one row of fifteen cells under three header rows. */
    TEMPLATE,
    /**
     * Turned: a row per outcome, a column per proceeding, ending in the row of empty cells Word's web pages fix the
     * column widths with.
     */
    TURNED,
    /** Two tables: 行政复议 over its five outcomes, then 行政诉讼 with both its proceedings over one row of ten. */
    PARTS
  }

  private ReportDocument() {}

  static String title(GeneratedReport r) {
    return r.organization() + r.printedYear() + "政府信息公开工作年度报告";
  }

  static Document of(GeneratedReport r, LabelNoise noise) {
    return of(r, noise, null, null, Matrix.WHOLE, Review.TEMPLATE, null);
  }

  /** The report with section 四 printed as {@code review} says. */
  static Document of(GeneratedReport r, LabelNoise noise, Review review) {
    return of(r, noise, null, null, Matrix.WHOLE, review, null);
  }

  /** The report with section 二 as {@code proactive}'s sentences, its other sections as tables. */
  static Document of(GeneratedReport r, LabelNoise noise, ProactiveSentences proactive) {
    return of(r, noise, null, null, Matrix.WHOLE, Review.TEMPLATE, proactive);
  }

  /** The report with section 二 as {@code proactive}'s sentences and sections 三 and 四 as {@code prose} words them. */
  static Document of(GeneratedReport r, LabelNoise noise, ProseSections prose, ProactiveSentences proactive) {
    return of(r, noise, prose, null, Matrix.WHOLE, Review.TEMPLATE, proactive);
  }

  /** The report with section 三's matrix printed as {@code matrix} says, split where {@code rnd} draws. */
  static Document of(GeneratedReport r, LabelNoise noise, Matrix matrix, Random rnd) {
    return of(r, noise, null, rnd, matrix, Review.TEMPLATE, null);
  }

  /** The section headings numbered as parts ({@code 第三部分 收到和处理政府信息公开申请情况}), as some offices print them. */
  static Document headedByPart(Document doc) {
    List<Block> blocks = new ArrayList<>();
    for (Block b : doc.blocks()) {
      int s = b instanceof Paragraph p ? TemplateRows.HEADINGS.indexOf(p.raw()) : -1;
      blocks.add(s < 0 ? b : new Paragraph("第" + PART_NUMERALS.charAt(s) + "部分 " + TemplateRows.HEADINGS.get(s).substring(2)));
    }
    return new Document(doc.format(), doc.encoding(), blocks);
  }

  /**
   * The report as a paged file (Word, PDF) prints it: now and then section 三's table breaks at a page, between two
   * rows, with the page's footer, the next page's running head and the table's header rows printed again between.
   */
  static Document paged(GeneratedReport r, LabelNoise noise, Random rnd) {
    return of(r, noise, null, rnd, Matrix.WHOLE, Review.TEMPLATE, null);
  }

  /** The report with sections 三 and 四 as {@code prose} words them, or as tables where it is null. */
  static Document of(GeneratedReport r, LabelNoise noise, ProseSections prose) {
    return of(r, noise, prose, null, Matrix.WHOLE, Review.TEMPLATE, null);
  }

  /**
   * @param pages draws the page breaks of a paged file (the split of a matrix printed in halves), or null for a page
   *     without any (HTML, text)
   * @param sentences section 二 as sentences, or null for its tables
   */
  private static Document of(GeneratedReport r, LabelNoise noise, ProseSections prose, Random pages, Matrix matrix,
      Review review, ProactiveSentences sentences) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(title(r)));
    for (int s = 0; s < TemplateRows.HEADINGS.size(); s++) {
      blocks.add(new Paragraph(TemplateRows.HEADINGS.get(s)));
      switch (s) {
        case 1 -> {
          if (sentences == null) {
            blocks.add(proactive(r, noise));
          } else {
            sentences.paragraphs.forEach(p -> blocks.add(new Paragraph(p)));
          }
        }
        case 2 -> {
          if (matrix == Matrix.HALVES || matrix == Matrix.HALVES_UNLABELLED) {
            blocks.addAll(halves(applications(r, noise, false), noise, pages, matrix == Matrix.HALVES));
          } else if (matrix == Matrix.TRANSPOSED || matrix == Matrix.TRANSPOSED_FLATTENED) {
            blocks.add(transposed(r, noise, matrix == Matrix.TRANSPOSED_FLATTENED));
          } else if (matrix == Matrix.CONTINUED) {
            blocks.addAll(continued(applications(r, noise, pages.nextBoolean()), pages));
          } else if (matrix == Matrix.TOTAL_FIRST) {
            blocks.add(totalFirst(applications(r, noise, false)));
          } else if (matrix == Matrix.ORGANISATIONS_FIRST) {
            blocks.add(organisationsFirst(applications(r, noise, false)));
          } else if (matrix == Matrix.BESIDE_LAST_YEAR) {
            blocks.add(besideLastYear(applications(r, noise, false), r, noise, pages));
          } else if (matrix == Matrix.SWAPPED) {
            blocks.addAll(swapped(applications(r, noise, false), title(r), noise, pages));
          } else if (prose == null) {
            Table table = applications(r, noise, false);
            if (pages != null && noise.chance()) {
              blocks.addAll(brokenAtPage(table, title(r), noise, pages));
            } else {
              blocks.add(table);
            }
          } else {
            prose.applications.forEach(p -> blocks.add(new Paragraph(p)));
          }
        }
        case 3 -> {
          if (prose == null) {
            blocks.addAll(reviewLitigation(r, noise, review));
          } else {
            prose.reviewLitigation.forEach(p -> blocks.add(new Paragraph(p)));
          }
        }
        default -> blocks.add(new Paragraph(FILLER[s % FILLER.length]));
      }
    }
    return new Document("generated", null, blocks);
  }

  private static Table proactive(GeneratedReport r, LabelNoise noise) {
    List<Row> rows = new ArrayList<>();
    int width = 4;
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(r.template())) {
      rows.add(row(width, t.caption()));
      rows.add(row(width, t.headerRow().toArray(String[]::new)));
      for (int i = 0; i < t.items().size(); i++) {
        rows.add(row(width, t.row(i, r, noise).toArray(String[]::new)));
      }
    }
    if (r.procurementCount() != null) {
      rows.add(row(width, TemplateRows.PROCUREMENT_CAPTION));
      rows.add(row(width, TemplateRows.procurementHeaderRow().toArray(String[]::new)));
      rows.add(row(width, TemplateRows.procurementRow(r, noise).toArray(String[]::new)));
    }
    return new Table(rows);
  }

  /**
   * Section 三 with the template's three header rows, group labels in the first cells of their first rows.
   *
   * @param subtotal whether a 小计 column, the five organisations' sum, follows them
   */
  private static Table applications(GeneratedReport r, LabelNoise noise, boolean subtotal) {
    List<Row> rows = new ArrayList<>();
    rows.add(row(0, TemplateRows.NOTE, TemplateRows.APPLICANTS_HEADER));
    rows.add(row(0, "", TemplateRows.APPLICANTS.get(0), TemplateRows.LEGAL_PERSONS, noise.print(TemplateRows.TOTAL)));
    List<String> kinds = new ArrayList<>(List.of("", ""));
    kinds.addAll(TemplateRows.APPLICANTS.subList(1, 6));
    if (subtotal) {
      kinds.add(SUBTOTAL);
    }
    kinds.add("");
    rows.add(row(0, kinds.toArray(String[]::new)));
    Label group = null;
    Label subgroup = null;
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      List<String> cells = new ArrayList<>();
      if (row.group() != null) {
        cells.add(row.group().equals(group) ? "" : noise.print(row.group()));
        if (row.subgroup() != null) {
          cells.add(row.subgroup().equals(subgroup) ? "" : noise.print(row.subgroup()));
        }
      }
      group = row.group();
      subgroup = row.subgroup();
      cells.add(noise.print(row.label()));
      int[] values = r.applications().get(row.key());
      for (int c = 0; c < values.length; c++) {
        cells.add(noise.cell(row.key(), c, values[c]));
        if (subtotal && c == ORGANISATIONS) {
          cells.add(Integer.toString(IntStream.rangeClosed(1, ORGANISATIONS).map(o -> values[o]).sum()));
        }
      }
      rows.add(row(0, cells.toArray(String[]::new)));
    }
    return new Table(rows);
  }

  /**
   * The matrix as two tables of the same rows, the first with the columns up to a drawn one (two to five of them), the
   * second with the rest, each under a header row naming its columns.
   */
  private static List<Block> halves(Table whole, LabelNoise noise, Random rnd, boolean labelledRight) {
    List<String> names = new ArrayList<>(TemplateRows.APPLICANTS);
    names.add(noise.print(TemplateRows.TOTAL));
    int split = 2 + rnd.nextInt(COLUMNS - 3);
    boolean numbered = !labelledRight && rnd.nextBoolean();
    List<Block> blocks = new ArrayList<>();
    for (int[] part : new int[][] {{0, split}, {split, COLUMNS}}) {
      boolean labelled = part[0] == 0 || labelledRight;
      List<Row> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(labelled ? List.of(TemplateRows.NOTE) : numbered ? List.of("序号") : List.of());
      header.addAll(names.subList(part[0], part[1]));
      rows.add(row(0, header.toArray(String[]::new)));
      int n = 0;
      for (Row data : whole.rows().subList(APPLICATIONS_HEADER_ROWS, whole.rows().size())) {
        List<Cell> cells = data.cells();
        int labels = cells.size() - COLUMNS;
        List<Cell> kept = new ArrayList<>(labelled ? cells.subList(0, labels) : numbered ? List.of(new Cell(String.valueOf(++n))) : List.of());
        kept.addAll(cells.subList(labels + part[0], labels + part[1]));
        rows.add(new Row(kept));
      }
      if (!blocks.isEmpty() && rnd.nextBoolean()) {
        blocks.add(new Paragraph(CONTINUED));
      }
      blocks.add(new Table(rows));
    }
    return blocks;
  }

  /** The matrix with its 总计 column moved before the others, in the header rows and in every row. */
  private static Table totalFirst(Table whole) {
    List<Row> rows = new ArrayList<>(whole.rows().subList(0, 1));
    List<Cell> second = whole.rows().get(1).cells();
    rows.add(row(0, "", second.get(3).raw(), second.get(1).raw(), second.get(2).raw()));
    List<String> kinds = new ArrayList<>(List.of("", "", ""));
    kinds.addAll(TemplateRows.APPLICANTS.subList(1, 6));
    rows.add(row(0, kinds.toArray(String[]::new)));
    for (Row data : whole.rows().subList(APPLICATIONS_HEADER_ROWS, whole.rows().size())) {
      List<Cell> cells = new ArrayList<>(data.cells());
      cells.add(cells.size() - COLUMNS, cells.remove(cells.size() - 1));
      rows.add(new Row(cells));
    }
    return new Table(rows);
  }

  /**
   * The matrix beside last year's: one header row naming each column with its year, this year's block first or
   * second, each row under its own label (its group's left out), last year's counts drawn.
   */
  private static Table besideLastYear(Table whole, GeneratedReport r, LabelNoise noise, Random rnd) {
    boolean thisFirst = rnd.nextBoolean();
    List<String> names = new ArrayList<>(TemplateRows.APPLICANTS.subList(0, 1 + ORGANISATIONS));
    names.add(noise.print(TemplateRows.TOTAL));
    List<Cell> header = new ArrayList<>(List.of(new Cell("项目")));
    for (int year : thisFirst ? List.of(r.year(), r.year() - 1) : List.of(r.year() - 1, r.year())) {
      names.forEach(n -> header.add(new Cell(year + "年" + n)));
    }
    List<Row> rows = new ArrayList<>(List.of(new Row(header)));
    for (Row data : whole.rows().subList(APPLICATIONS_HEADER_ROWS, whole.rows().size())) {
      List<Cell> cells = data.cells();
      List<Cell> counts = cells.subList(cells.size() - COLUMNS, cells.size());
      List<Cell> lastYear = IntStream.range(0, COLUMNS).mapToObj(c -> new Cell(Integer.toString(rnd.nextInt(30)))).toList();
      List<Cell> row = new ArrayList<>(List.of(cells.get(cells.size() - COLUMNS - 1)));
      row.addAll(thisFirst ? counts : lastYear);
      row.addAll(thisFirst ? lastYear : counts);
      rows.add(new Row(row));
    }
    return new Table(rows);
  }

  /** The matrix with its 自然人 column moved after the five organisations, in the header rows and in every row. */
  private static Table organisationsFirst(Table whole) {
    List<Row> rows = new ArrayList<>(whole.rows().subList(0, 1));
    List<Cell> second = whole.rows().get(1).cells();
    List<String> names = new ArrayList<>(List.of("", second.get(2).raw()));
    names.addAll(Collections.nCopies(ORGANISATIONS - 1, ""));
    names.addAll(List.of(second.get(1).raw(), second.get(3).raw()));
    rows.add(row(0, names.toArray(String[]::new)));
    List<String> kinds = new ArrayList<>(List.of(""));
    kinds.addAll(TemplateRows.APPLICANTS.subList(1, 1 + ORGANISATIONS));
    kinds.addAll(List.of("", ""));
    rows.add(row(0, kinds.toArray(String[]::new)));
    for (Row data : whole.rows().subList(APPLICATIONS_HEADER_ROWS, whole.rows().size())) {
      List<Cell> cells = new ArrayList<>(data.cells());
      cells.add(cells.size() - 2, cells.remove(cells.size() - COLUMNS));
      rows.add(new Row(cells));
    }
    return new Table(rows);
  }

  /** The five organisations' columns in a drawn order other than the template's, header and counts alike. */
  private static List<Block> swapped(Table whole, String runningHead, LabelNoise noise, Random rnd) {
    List<Integer> order = IntStream.range(0, ORGANISATIONS).boxed().collect(Collectors.toCollection(ArrayList::new));
    while (IntStream.range(0, ORGANISATIONS).allMatch(k -> order.get(k) == k)) {
      Collections.shuffle(order, rnd);
    }
    List<Row> rows = new ArrayList<>(whole.rows().subList(0, APPLICATIONS_HEADER_ROWS - 1));
    List<String> kinds = new ArrayList<>(List.of("", ""));
    order.forEach(k -> kinds.add(TemplateRows.APPLICANTS.get(1 + k)));
    rows.add(row(0, kinds.toArray(String[]::new)));
    for (Row data : whole.rows().subList(APPLICATIONS_HEADER_ROWS, whole.rows().size())) {
      List<Cell> cells = new ArrayList<>(data.cells());
      int first = cells.size() - COLUMNS + 1;
      List<Cell> organisations = new ArrayList<>(cells.subList(first, first + ORGANISATIONS));
      for (int k = 0; k < ORGANISATIONS; k++) {
        cells.set(first + k, organisations.get(order.get(k)));
      }
      rows.add(new Row(cells));
    }
    if (!rnd.nextBoolean()) {
      return List.of(new Table(rows));
    }
    int at = APPLICATIONS_HEADER_ROWS + 1 + rnd.nextInt(rows.size() - APPLICATIONS_HEADER_ROWS - 1);
    List<Row> next = new ArrayList<>(rows.subList(0, APPLICATIONS_HEADER_ROWS - 1));
    if (rnd.nextBoolean()) {
      List<String> heads = new ArrayList<>(List.of("", ""));
      List<String> tails = new ArrayList<>(List.of("", ""));
      kinds.subList(2, kinds.size()).forEach(k -> {
        heads.add(k.substring(0, WRAPPED_HEADER_WIDTH));
        tails.add(k.substring(Math.min(k.length(), WRAPPED_HEADER_WIDTH)));
      });
      next.add(row(0, heads.toArray(String[]::new)));
      next.add(row(0, tails.toArray(String[]::new)));
    }
    next.addAll(rows.subList(at, rows.size()));
    int page = 2 + rnd.nextInt(3);
    return List.of(new Table(rows.subList(0, at)), new Paragraph(PageFooter.of(rnd, page, page + 1 + rnd.nextInt(6), noise)),
        new Paragraph(runningHead), new Table(next));
  }

  /**
   * The matrix in two tables parted between two data rows, the header rows only over the first, now and then a
   * caption between ({@code （续表）}, {@code 表3 …（续）}); both laid out on a full grid as a reader lays merged cells
   * out, so that both are as wide.
   */
  private static List<Block> continued(Table whole, Random rnd) {
    List<Row> rows = fullGrid(whole).rows();
    int at = APPLICATIONS_HEADER_ROWS + 1 + rnd.nextInt(rows.size() - APPLICATIONS_HEADER_ROWS - 1);
    List<Block> blocks = new ArrayList<>(List.of(new Table(rows.subList(0, at))));
    if (rnd.nextBoolean()) {
      blocks.add(new Paragraph(CONTINUED_CAPTIONS.get(rnd.nextInt(CONTINUED_CAPTIONS.size()))));
    }
    blocks.add(new Table(rows.subList(at, rows.size())));
    return blocks;
  }

  /**
   * The matrix's cells on a full grid: every row three label columns wide, then the value columns; a merged header
   * cell's text in its first position, blanks in the rest.
   */
  private static Table fullGrid(Table matrix) {
    List<Row> rows = matrix.rows();
    List<Cell> kinds = rows.get(2).cells();
    int values = kinds.size() - 1;
    List<Row> grid = new ArrayList<>();
    List<String> top = new ArrayList<>(List.of(rows.get(0).cells().get(0).raw(), "", "", rows.get(0).cells().get(1).raw()));
    List<String> second = new ArrayList<>(List.of("", "", ""));
    rows.get(1).cells().subList(1, 3).forEach(c -> second.add(c.raw()));
    second.addAll(Collections.nCopies(values - 3, ""));
    second.add(rows.get(1).cells().get(3).raw());
    List<String> third = new ArrayList<>(List.of("", ""));
    kinds.forEach(c -> third.add(c.raw()));
    for (List<String> header : List.of(top, second, third)) {
      grid.add(row(3 + values, header.toArray(String[]::new)));
    }
    for (Row data : rows.subList(APPLICATIONS_HEADER_ROWS, rows.size())) {
      List<Cell> cells = new ArrayList<>(data.cells());
      cells.addAll(cells.size() - values, Collections.nCopies(3 + values - cells.size(), new Cell("")));
      grid.add(new Row(cells));
    }
    return new Table(grid);
  }

  /**
   * The matrix turned: the template's row labels across its header, one row per applicant column; {@code flattened}:
   * the organisations' rows named after their group's header word.
   */
  private static Table transposed(GeneratedReport r, LabelNoise noise, boolean flattened) {
    List<TemplateRows.Row> order = TemplateRows.applications(r.template());
    List<String> names = new ArrayList<>(TemplateRows.APPLICANTS);
    if (flattened) {
      String mark = FLATTENED_MARKS.get(Math.floorMod(r.applications().get("new_received")[COLUMNS - 1], FLATTENED_MARKS.size()));
      for (int c = 1; c <= ORGANISATIONS; c++) {
        names.set(c, TemplateRows.LEGAL_PERSONS + mark + names.get(c));
      }
    }
    names.add(noise.print(TemplateRows.TOTAL));
    List<Row> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(TemplateRows.APPLICANTS_HEADER));
    order.forEach(row -> header.add(noise.print(row.label())));
    rows.add(row(0, header.toArray(String[]::new)));
    for (int c = 0; c < COLUMNS; c++) {
      List<String> cells = new ArrayList<>(List.of(names.get(c)));
      for (TemplateRows.Row row : order) {
        cells.add(noise.cell(row.key(), c, r.applications().get(row.key())[c]));
      }
      rows.add(row(0, cells.toArray(String[]::new)));
    }
    return new Table(rows);
  }

  /** The table broken between two of its data rows, the header rows repeated on the next page. */
  private static List<Block> brokenAtPage(Table table, String runningHead, LabelNoise noise, Random rnd) {
    List<Row> rows = table.rows();
    int at = APPLICATIONS_HEADER_ROWS + 1 + rnd.nextInt(rows.size() - APPLICATIONS_HEADER_ROWS - 1);
    List<Row> next = new ArrayList<>(rows.subList(0, APPLICATIONS_HEADER_ROWS));
    next.addAll(rows.subList(at, rows.size()));
    int page = 2 + rnd.nextInt(3);
    return List.of(new Table(rows.subList(0, at)), new Paragraph(PageFooter.of(rnd, page, page + 1 + rnd.nextInt(6), noise)),
        new Paragraph(runningHead), new Table(next));
  }

  private static List<Table> reviewLitigation(GeneratedReport r, LabelNoise noise, Review review) {
    int outcomes = TemplateRows.OUTCOMES.size();
    return switch (review) {
      case TEMPLATE -> List.of(reviewLitigation(r, noise));
      case TURNED -> {
        List<String> values = reviewCells(r, noise);
        List<Row> rows = new ArrayList<>();
        rows.add(row(0, "类别", TemplateRows.PROCEEDINGS.get(0), TemplateRows.LITIGATION + "（" + TemplateRows.PROCEEDINGS.get(1) + "）",
            TemplateRows.LITIGATION + "（" + TemplateRows.PROCEEDINGS.get(2) + "）"));
        for (int o = 0; o < outcomes; o++) {
          rows.add(row(0, noise.print(TemplateRows.OUTCOMES.get(o)), values.get(o), values.get(outcomes + o), values.get(2 * outcomes + o)));
        }
        rows.add(row(outcomes));
        yield List.of(new Table(rows));
      }
      case PARTS -> {
        List<String> values = reviewCells(r, noise);
        List<String> names = new ArrayList<>();
        TemplateRows.OUTCOMES.forEach(o -> names.add(noise.print(o)));
        Table first = new Table(List.of(row(outcomes, TemplateRows.PROCEEDINGS.get(0)), row(0, names.toArray(String[]::new)),
            row(0, values.subList(0, outcomes).toArray(String[]::new))));
        List<String> kinds = new ArrayList<>(Collections.nCopies(2 * outcomes, ""));
        kinds.set(0, TemplateRows.PROCEEDINGS.get(1));
        kinds.set(outcomes, TemplateRows.PROCEEDINGS.get(2));
        List<String> twice = new ArrayList<>(names);
        twice.addAll(names);
        Table litigation = new Table(List.of(row(2 * outcomes, TemplateRows.LITIGATION), row(0, kinds.toArray(String[]::new)),
            row(0, twice.toArray(String[]::new)), row(0, values.subList(outcomes, 3 * outcomes).toArray(String[]::new))));
        yield List.of(first, litigation);
      }
    };
  }

  /** Section 四's fifteen cells as printed, in the template's order. */
  private static List<String> reviewCells(GeneratedReport r, LabelNoise noise) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < r.review().length; i++) {
      values.add(noise.reviewCell(i, r.review()[i]));
    }
    return values;
  }

  /** Section 四 as the template prints it (its cells drawn after its headers). */
  private static Table reviewLitigation(GeneratedReport r, LabelNoise noise) {
    List<Row> rows = new ArrayList<>();
    rows.add(row(0, TemplateRows.PROCEEDINGS.get(0), TemplateRows.LITIGATION));
    List<String> second = new ArrayList<>();
    TemplateRows.OUTCOMES.forEach(o -> second.add(noise.print(o)));
    second.add(noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(1))));
    second.add(noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(2))));
    rows.add(row(0, second.toArray(String[]::new)));
    List<String> third = new ArrayList<>(Collections.nCopies(5, ""));
    for (int i = 0; i < 2; i++) {
      TemplateRows.OUTCOMES.forEach(o -> third.add(noise.print(o)));
    }
    rows.add(row(0, third.toArray(String[]::new)));
    rows.add(row(0, reviewCells(r, noise).toArray(String[]::new)));
    return new Table(rows);
  }

  /** A row of these cells, padded with empty cells to {@code width}. */
  private static Row row(int width, String... texts) {
    List<Cell> cells = new ArrayList<>();
    for (String t : texts) {
      cells.add(new Cell(t));
    }
    while (cells.size() < width) {
      cells.add(new Cell(""));
    }
    return new Row(cells);
  }
}
