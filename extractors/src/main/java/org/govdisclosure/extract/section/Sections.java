package org.govdisclosure.extract.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.LabelMatch;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Confusables;

/**
 * Splits a report into its six sections (一、总体情况 … 六、其他需要报告的事项). A heading is a short paragraph that
 * starts with a numeral and 、 . or ． (or a 、 whose numeral OCR lost) and names a section's topic; the topic decides
 * the section, because some reports number their sections differently. When several headings name one topic, the one whose numeral matches
 * the template wins, then the first. Table rows such as 四、结转下年度继续办理 are never headings. Tables before the
 * first heading (a picture of a report's tables, as published beside its text, starts with one) go to every section
 * that has no heading; a table elsewhere (a workbook's sheets holding section 三's and 四's tables
 * apart from the report's text, or side by side under one heading) goes to section 三 or 四 when that section's
 * heading has no table under it and the table says words of its header. Each extractor takes only a table whose
 * labels it knows.
 */
public final class Sections {

  public static final int OVERVIEW = 1;
  public static final int PROACTIVE = 2;
  public static final int APPLICATIONS = 3;
  public static final int REVIEW_LITIGATION = 4;
  public static final int PROBLEMS = 5;
  public static final int OTHER_MATTERS = 6;

  /** What opens a part's number, {@code 第三部分}. */
  private static final String PART = "第";
  /** The sections' titles as the national templates print them. */
  private static final String[] TITLES = {
    "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况", "其他需要报告的事项",
  };
  /** Words a heading names its section's topic by; reviews and suits also without 行政 ((六)复议、诉讼和申诉情况). */
  private static final String[][] TOPICS = {
    {"总体情况", "概述"},
    {"主动公开"},
    {"收到和处理", "申请情况", "依申请公开"},
    {"行政复议", "行政诉讼", "复议、诉讼"},
    {"存在的主要问题", "问题及改进", "主要问题"},
    {"其他需要报告", "其他事项"},
  };
  private static final int SECTIONS = TOPICS.length;
  /** Exactly, with look-alikes, or misprinted by a dropped or doubled character: the passes of {@link #topic}. */
  private static final int TOPIC_PASSES = 3;
  /**
   * The words that head section 三's table and no other's, and section 四's (the template's data): a table elsewhere
   * that says one of them is that section's, where the section's heading has none.
   */
  private static final Map<Integer, Set<String>> TABLE_HEADERS = tableHeaders(NationalTemplate.of(Template.T2019));

  /**
   * A numeral and its separator, then the title. OCR may lose a heading's numeral, or read its strokes as a mark or
   * two ({@code :、收到和处理…}, {@code :=、收到和处理…} for 三): a 、 with at most two marks before it still opens a
   * heading, which its title places, and so does a numeral OCR doubled ({@code 四四、政府信息公开行政复议…});
   * so does a paragraph that is a section's whole template title after at most one mark ({@code “政府信息公开行政复议、
   * 行政诉讼情况} for 四、…), which no sentence or table row is. Some reports number their parts {@code 第三部分}
   * (a separator after it or not): the numeral is the part's.
   */
  private static final Pattern HEADING = Pattern.compile("^(?:" + PART + "(?<part>[" + Ordinals.NUMERALS + "])部分[、.．,，:：]?"
      + "|(?:(?<numeral>[" + Ordinals.NUMERALS + Ordinals.NUMERAL_LOOK_ALIKES + "])|[^\\p{IsHan}\\p{Nd}]{0,2}(?=、))\\k<numeral>?[、.．,，:：]"
      + "|[^\\p{IsHan}\\p{Nd}(（]?(?=(?:" + String.join("|", TITLES) + ")$))(?<title>.{0,40})");
  private static final int MAX_HEADING_LENGTH = 60;
  /** What ends a heading's title where the line goes on with the section's first sentence. */
  private static final char TITLE_END = '。';
  /** A label of at most 30 characters without a digit, then nothing but figures (folded: spaces dropped). */
  private static final Pattern LABELLED_FIGURES = Pattern.compile("(\\D{2,30}?)\\d[\\d\\s]*");
  private static final int MAX_ROW_LABEL = 30;
  private static final List<NationalTemplate.Matrix> ROW_MATRICES = List.of(
      NationalTemplate.of(Template.T2019).applications(), NationalTemplate.of(Template.T2021).applications());
  /**
   * A line of the site's footer under the report (主办：…, 承办单位：…, 相关链接, 【打印本页】, an ICP number {@code 京ICP备…}
   * or {@code 备案号：…}, 政府网站标识码, {@code 苏公网安备…}, 版权所有): after a section heading it ends the report, so
   * that a page cut inside a table does not read the footer's words and digits as the table's rows. Each opens the
   * line: a report's sentence that mentions its ICP filing is no footer.
   */
  private static final Pattern SITE_FOOTER = Pattern.compile("^[【\\[]?(?:(?:主办|承办|技术支持)(?:单位)?[:：]|相关链接|打印本页|版权所有"
      + "|(?:(?:ICP)?备案号[:：]?)?\\p{IsHan}{0,2}(?:ICP备|公网安备)|(?:政府)?网站标识码)");

  private final List<List<Block>> sections;

  private Sections(List<List<Block>> sections) {
    this.sections = sections;
  }

  public static Sections of(Document document) {
    List<Block> blocks = document.blocks().subList(0, footerAt(document.blocks()));
    int[] headingAt = chooseHeadings(blocks);
    int[] sectionOfBlock = new int[blocks.size()];
    for (int n = 1; n <= SECTIONS; n++) {
      if (headingAt[n] >= 0) {
        sectionOfBlock[headingAt[n]] = -n;
      }
    }
    List<List<Block>> sections = new ArrayList<>();
    for (int i = 0; i <= SECTIONS; i++) {
      sections.add(new ArrayList<>());
    }
    int current = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (sectionOfBlock[i] < 0) {
        current = -sectionOfBlock[i];
        Paragraph first = afterTitle((Paragraph) blocks.get(i));
        if (first != null) {
          sections.get(current).add(first);
        }
      } else {
        sections.get(current).add(blocks.get(i));
      }
    }
    moveLeadingRows(sections, headingAt);
    List<Block> leadingTables = tablesOf(sections.get(0));
    for (int n = 1; n <= SECTIONS; n++) {
      if (headingAt[n] < 0) {
        sections.get(n).addAll(leadingTables);
      }
    }
    List<Integer> tableless = TABLE_HEADERS.keySet().stream().filter(n -> headingAt[n] >= 0 && tablesOf(sections.get(n)).isEmpty()).toList();
    for (int n : tableless) {
      Set<String> header = TABLE_HEADERS.get(n);
      List<Block> its = blocks.stream().filter(b -> b instanceof Table t && names(t, header)).toList();
      // Under the other table section's heading, beside that section's table, it is no part of that one.
      TABLE_HEADERS.forEach((other, words) -> {
        if (other != n) {
          sections.get(other).removeIf(b -> its.contains(b) && !names((Table) b, words));
        }
      });
      sections.get(n).addAll(its);
    }
    return new Sections(sections);
  }

  /**
   * A copy that starts inside section 三's table (a PDF's later page: {@code 四、结转下年度继续办理 0 0 0 0 0 0 0}, then
   * 四、…行政复议…): where no heading of sections 一 to 三 is printed and a later one is, the text before the first
   * heading from its first row of section 三 on (a row's label, then only figures) is section 三's.
   */
  private static void moveLeadingRows(List<List<Block>> sections, int[] headingAt) {
    boolean laterHeading = false;
    for (int n = 1; n <= SECTIONS; n++) {
      if (headingAt[n] >= 0 && n <= APPLICATIONS) {
        return;
      }
      laterHeading |= headingAt[n] >= 0;
    }
    List<Block> leading = sections.get(0);
    for (int i = 0; laterHeading && i < leading.size(); i++) {
      if (leading.get(i) instanceof Paragraph p && isApplicationsRow(p)) {
        List<Block> rows = leading.subList(i, leading.size());
        sections.get(APPLICATIONS).addAll(0, rows);
        rows.clear();
        return;
      }
    }
  }

  /**
   * Whether a paragraph is a row of section 三's table: a label naming one of its rows, then only cells, figures glued
   * ({@code 0000000}) or counts and marks of none parted by spaces ({@code 1 0 无 无 0 0 1}).
   */
  private static boolean isApplicationsRow(Paragraph p) {
    Matcher m = LABELLED_FIGURES.matcher(p.text());
    if (m.matches()) {
      return namesApplicationsRow(m.group(1));
    }
    String[] pieces = Cell.Text.SPACES.split(Cell.Text.strip(p.raw()));
    int first = 0;
    while (first < pieces.length && !isCell(pieces[first])) {
      first++;
    }
    for (int i = first; i < pieces.length; i++) {
      if (!isCell(pieces[i])) {
        return false;
      }
    }
    return first > 0 && first < pieces.length
        && namesApplicationsRow(Cell.Text.fold(String.join("", Arrays.asList(pieces).subList(0, first))));
  }

  private static boolean namesApplicationsRow(String label) {
    return label.length() <= MAX_ROW_LABEL && ROW_MATRICES.stream().anyMatch(matrix -> matrix.rowOf(label) != null);
  }

  /** A count or a mark of none ({@code 无}, {@code /}). */
  private static boolean isCell(String piece) {
    String folded = Cell.Text.fold(piece);
    return !folded.isEmpty() && (CellKind.isPlainDigits(folded) || CellKind.isMarker(folded));
  }

  /** Whether a cell of the table says one of the header words. */
  private static boolean names(Table table, Set<String> header) {
    return table.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> header.contains(c.text()));
  }

  /** The words of {@code a}'s header that {@code b}'s does not share. */
  private static Set<String> apart(Set<String> a, Set<String> b) {
    Set<String> words = new HashSet<>(a);
    words.removeAll(b);
    return Set.copyOf(words);
  }

  private static Map<Integer, Set<String>> tableHeaders(NationalTemplate template) {
    Set<String> applications = template.applications().header();
    Set<String> review = template.reviewLitigation().header();
    return Map.of(APPLICATIONS, apart(applications, review), REVIEW_LITIGATION, apart(review, applications));
  }

  private static List<Block> tablesOf(List<Block> blocks) {
    return blocks.stream().filter(b -> b instanceof Table).toList();
  }

  /** Where the site's footer starts after the first section heading, or the number of blocks where none does. */
  private static int footerAt(List<Block> blocks) {
    boolean afterHeading = false;
    Matcher footer = SITE_FOOTER.matcher(""); // reset per paragraph: one matcher for the report's every line
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Paragraph p) {
        if (afterHeading && footer.reset(p.text()).find()) {
          return i;
        }
        afterHeading |= isHeading(p.text());
      }
    }
    return blocks.size();
  }

  /** For each section, the index of its heading block, or -1. */
  private static int[] chooseHeadings(List<Block> blocks) {
    int[] chosen = new int[SECTIONS + 1];
    boolean[] numeralMatches = new boolean[SECTIONS + 1];
    java.util.Arrays.fill(chosen, -1);
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Paragraph p) {
        if (!isHeading(p.text())) {
          continue;
        }
        Matcher m = HEADING.matcher(p.text());
        m.lookingAt();
        int topic = topic(title(m));
        String printed = m.group("part") != null ? m.group("part") : m.group("numeral");
        boolean matches = printed != null && numeral(printed.charAt(0)) == topic;
        if (chosen[topic] < 0 || (matches && !numeralMatches[topic])) {
          chosen[topic] = i;
          numeralMatches[topic] = matches;
        }
      }
    }
    return chosen;
  }

  /**
   * What a heading line prints after its title's {@code 。} ({@code 五、行政投诉举报、复议和诉讼情况。我局没有收到…}): the
   * section's first sentence, as a paragraph of its own; null where nothing follows the title.
   */
  private static Paragraph afterTitle(Paragraph heading) {
    String raw = Cell.Text.nfkc(heading.raw());
    int end = raw.indexOf(TITLE_END);
    String rest = end < 0 ? "" : raw.substring(end + 1).strip();
    return rest.isEmpty() ? null : new Paragraph(rest);
  }

  /** A heading's title, up to its {@code 。}: a sentence printed after it on the line names no topic of the heading's. */
  private static String title(Matcher heading) {
    String title = heading.group("title");
    int end = title.indexOf(TITLE_END);
    return end < 0 ? title : title.substring(0, end);
  }

  /** The value of a numeral 一 to 十, printed as itself or a look-alike ({@code 囚} for 四); 0 for any other character. */
  private static int numeral(char c) {
    int at = Ordinals.NUMERALS.indexOf(c);
    if (at < 0 && Ordinals.NUMERAL_LOOK_ALIKES.indexOf(c) >= 0) {
      for (int n = 0; n < Ordinals.NUMERALS.length() && at < 0; n++) {
        at = Confusables.bundled().looksLike(c, Ordinals.NUMERALS.charAt(n)) ? n : -1;
      }
    }
    return at + 1;
  }

  /** Whether a folded paragraph reads as a section heading (a numeral, a separator and a section topic). */
  public static boolean isHeading(String folded) {
    if (folded.length() > MAX_HEADING_LENGTH || !opensAsHeading(folded)) {
      return false; // most paragraphs: no matcher
    }
    Matcher m = HEADING.matcher(folded);
    return m.lookingAt() && topic(title(m)) > 0;
  }

  /**
   * What {@link #HEADING} needs where it opens: a numeral, a 、 after at most two marks (or one outside the BMP, a
   * surrogate pair), a part's number ({@code 第三部分}), or a title after at most one mark; told without a matcher.
   */
  private static boolean opensAsHeading(String folded) {
    if (folded.isEmpty()) {
      return false;
    }
    int mark = folded.indexOf('、');
    if (numeral(folded.charAt(0)) > 0 || mark >= 0 && mark <= 2 || folded.startsWith(PART) && folded.startsWith("部分", 2)) {
      return true;
    }
    for (String title : TITLES) {
      if (folded.startsWith(title) || folded.startsWith(title, 1) || folded.startsWith(title, 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The section a heading's title names by one of its topic words, printed as is or, where none is, with look-alike
   * characters as OCR misreads them ({@code 收到和处埋…甲请情况}: 埋 for 理, 甲 for 申), or, where none is either, with
   * one character dropped or doubled in a topic word of four or more ({@code 政府信息公开政复议、行政诉诉讼情况});
   * 0 for none.
   */
  public static int topic(String title) {
    for (int pass = 0; pass < TOPIC_PASSES; pass++) {
      for (int n = 1; n <= SECTIONS; n++) {
        for (String word : TOPICS[n - 1]) {
          if (namesTopic(title, word, pass)) {
            return n;
          }
        }
      }
    }
    return 0;
  }

  private static boolean namesTopic(String title, String word, int pass) {
    return switch (pass) {
      case 0 -> title.contains(word);
      case 1 -> LabelMatch.containsLookAlike(title, word);
      default -> LabelMatch.misprinted(title, word, 0, title.length()) != null;
    };
  }

  public List<Block> blocks(int n) {
    return sections.get(n);
  }

  public List<Table> tables(int n) {
    List<Table> tables = new ArrayList<>();
    for (Block b : sections.get(n)) {
      if (b instanceof Table t) {
        tables.add(t);
      }
    }
    return tables;
  }
}
