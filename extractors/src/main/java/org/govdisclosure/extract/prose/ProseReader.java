package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Counts;
import org.govdisclosure.extract.value.Numerals;

/** Finds the sentences of a report that state figures of an output table. */
public final class ProseReader {

  /** Small reports put everything in 一、总体情况, and some have no numbered headings at all. */
  private static final int[] FALLBACK_SECTIONS = {Sections.OVERVIEW, 0};
  /**
   * The sections after the tables', where a report keeping the old outline states its applications and reviews under
   * a sub-heading of their own (六、其他需要报告的事项 / （三）因政府信息公开申请行政复议、提起行政诉讼的情况).
   */
  private static final int[] CLOSING_SECTIONS = {Sections.PROBLEMS, Sections.OTHER_MATTERS};

  /** Printed lines are rarely shorter; a shorter paragraph is a heading or a line that ends by itself. */
  private static final int MIN_WRAPPED_LINE = 16;
  private static final Pattern CLOSED_LINE = Pattern.compile("[。!?;:]”?$");
  /**
   * A line opening with a label and a colon, then a figure: a table row written as a sentence
   * ({@code 行政复议:结果维持1件,…}), whose line before ends where it starts even without a closing mark.
   */
  private static final Pattern OPENS_ROW = Pattern.compile("^[^,:;。!?]{2,24}:(?=.*\\d)");

  /**
   * Openings that refer to the figures before: 其中…, 均…, 所有申请…, a breakdown by applicant (从申请主体看, 按申请人类型分),
   * and who the applicants were (申请人的类别为自然人, 申请人均为…).
   */
  private static final Pattern POINTS_BACK =
      Pattern.compile("其中|上述|以上|前述|这些|均|所有申请|[从按]申请(?:主体|人)|申请(?:主体|人)的?(?:类别|类型|身份)?(?:均|全部|都)?(?:为|是|系|属)");
  private static final Pattern SENTENCE_END = Pattern.compile("[。!?;]+$");
  /** A top-level heading's numeral and mark (五、), which opens the next section whatever its title. */
  private static final Pattern NEXT_SECTION = Pattern.compile("^[" + Ordinals.NUMERALS + "]{1,2}、");
  /** A line that is only a mark of none: 无, 暂无, 没有. */
  private static final Pattern NONE_ALONE = Pattern.compile("^暂?(?:" + Numerals.NEGATED_EXISTENCE + ")[。.]?$");
  /** Folded ；: the part after it goes on with the same subject. */
  private static final String SEMICOLON = ";";
  /** A cell of a row printed on a line: a figure, with its counter or not, or a mark of none. */
  private static final String CELL = "(?:\\d+" + Numerals.alternation(Numerals.COUNTERS) + "?|[" + CellKind.ROW_MARKER_CLASS + "])";
  /**
   * Three figures or cells parted by nothing but spaces ({@code 4 4 1 0 0 1 10个}, {@code / 0件 /}): a row of cells,
   * whose folded text (spaces dropped) would glue them into one number or a count of the label before. No sentence
   * prints figures so.
   */
  private static final Pattern ROW_OF_FIGURES =
      Pattern.compile("\\d\\s+\\d+\\s+\\d|(?<!\\S)" + CELL + "(?:\\s+" + CELL + "){2}(?!\\S)");

  private ProseReader() {}

  /**
   * A sentence as printed, as read (its 分别 lists paired out, {@link Respectively}), and the clauses of that reading
   * that speak of the report's own year and body ({@link Clauses#inScope}), also with the issuer's whole area as its
   * own where it names it and the issuer is the area's government; the section whose topic the sub-heading it
   * stands under names ({@code （二）依申请公开} in 一、总体情况), or 0; and the paragraph it stands in, by number.
   */
  private record ScopedSentence(String text, String read, Clauses.Scoped scoped, Clauses.Scoped areaScoped, int underHeadingOf,
      int paragraph) {

    /** Its clauses in scope, with the issuer's whole area in it or not ({@code areaScoped} is null where it names none). */
    Clauses.Scoped scoped(boolean areaWide) {
      return areaWide && areaScoped != null ? areaScoped : scoped;
    }
  }

  /** Each section's sentences, read once per report: every topic's rules look at the same ones. */
  private record SectionSentences(Map<Integer, List<ScopedSentence>> bySection) {}

  /**
   * The statements about a topic: from its own section first, then the overview, then text before any heading, and
   * without a table, the section its sentences stray into ({@link Topic#strayIn}), and where all these state nothing,
   * the parts of the closing sections headed by the topic ({@link #CLOSING_SECTIONS}).
   *
   * @param tableless whether the report prints no table of the topic: only then do figures of the whole area a
   *     government reports for (全县共收到…) stand for its table, each with a warning giving the sentence
   */
  public static List<Statement> statements(Topic topic, ReportContext context, boolean tableless) {
    List<Statement> statements = new ArrayList<>();
    boolean areaWide = tableless && Clauses.ownArea(context.issuer()) != null;
    read(topic, sentences(context, topic.section()), true, areaWide, context.template(), statements);
    List<Figure> none = statements.isEmpty() ? topic.rules().noneAtAll() : List.of();
    String noneLine = none.isEmpty() ? null : noneAlone(context.sections().blocks(topic.section()));
    if (noneLine != null) {
      statements.add(new Statement(topic, noneLine, none, false));
    }
    for (int section : FALLBACK_SECTIONS) {
      read(topic, sentences(context, section), false, areaWide, context.template(), statements);
    }
    if (tableless && topic.strayIn() != 0) {
      // read as outside its section: only a sentence that names its subject (申请) states its figures
      read(topic, sentences(context, topic.strayIn()), false, areaWide, context.template(), statements);
    }
    if (tableless && statements.isEmpty()) {
      // only the parts under a sub-heading naming the topic, its own wherever they stand (see ownPart)
      for (int section : CLOSING_SECTIONS) {
        read(topic, sentences(context, section).stream().filter(s -> ownPart(topic, s.underHeadingOf())).toList(), false,
            areaWide, context.template(), statements);
      }
    }
    if (areaWide) {
      statements.stream().filter(Statement::areaWide).forEach(s -> context.warn("scope_from_jurisdiction", topic.table()
          + ": the issuer, " + context.issuer() + ", reports for its whole area; the area's figures taken from '" + s.sentence() + "'"));
    }
    return statements;
  }

  /**
   * What a folded paragraph states about a topic, one statement per sentence that fixes a figure.
   *
   * @param inOwnSection whether it stands in the topic's section, where its subject goes without saying
   * @param reportYear the year the report covers (figures of other years are not taken), or null
   */
  public static List<Statement> read(Topic topic, String paragraph, boolean inOwnSection, Integer reportYear, Template template) {
    List<ScopedSentence> sentences = new ArrayList<>();
    addSentences(paragraph, 0, 0, reportYear, null, sentences);
    List<Statement> statements = new ArrayList<>();
    read(topic, sentences, inOwnSection, false, template, statements);
    return statements;
  }

  /** What a section's blocks state about a topic, each sentence read with the sub-heading it stands under. */
  static List<Statement> read(Topic topic, List<Block> blocks, boolean inOwnSection, Integer reportYear, Template template) {
    List<Statement> statements = new ArrayList<>();
    read(topic, sentences(blocks, reportYear, null), inOwnSection, false, template, statements);
    return statements;
  }

  /** @param areaWide whether figures of the issuer's whole area are the report's own */
  private static void read(Topic topic, List<ScopedSentence> sentences, boolean own, boolean areaWide, Template template,
      List<Statement> out) {
    String before = null;
    int paragraph = -1;
    boolean applicationsInParagraph = false; // an earlier sentence of the paragraph spoke of disclosure applications
    List<Figure> inParagraph = new ArrayList<>(); // the figures of the paragraph's earlier sentences
    StringBuilder paragraphBefore = new StringBuilder(); // and their text
    for (int i = 0; i < sentences.size(); i++) {
      ScopedSentence s = sentences.get(i);
      if (s.paragraph() != paragraph) {
        paragraph = s.paragraph();
        applicationsInParagraph = false;
        inParagraph.clear();
        paragraphBefore.setLength(0);
      }
      Clauses.Scoped scoped = s.scoped(areaWide);
      boolean afterApplications = applicationsInParagraph || before != null && ReviewLitigationRules.namesApplications(before);
      boolean ownHere = own || ownPart(topic, s.underHeadingOf())
          || topic == Topic.REVIEW_LITIGATION && afterApplications && ReviewLitigationRules.negatesWithoutCount(s.read());
      List<Figure> figures = topic.rules().read(s.read(), scoped.clauses(), ownHere, afterApplications, template,
          BracketedCounts.in(s.text()));
      Integer other = topic == Topic.APPLICATIONS
          ? ApplicationRules.otherCountBrokenDown(figures, clausesOnwards(sentences, i, areaWide), inParagraph, paragraphBefore) : null;
      String doubt = other == null ? null : "the applicants' counts add up to " + other + ", another count than the"
          + " received one stated before: a breakdown of that count, no cells of new_received";
      if (other != null) {
        figures = figures.stream().filter(f -> !ApplicationRules.isApplicantCell(f)).toList();
      }
      if (!figures.isEmpty() || doubt != null) {
        out.add(new Statement(topic, s.text(), figures, scoped.areaWide(), doubt));
      }
      inParagraph.addAll(figures);
      paragraphBefore.append(s.read());
      before = s.read();
      applicationsInParagraph |= ReviewLitigationRules.namesApplications(before);
    }
  }

  /** The clauses of the i-th sentence and the paragraph's sentences after it: a list parted by ; goes on in them. */
  private static List<String> clausesOnwards(List<ScopedSentence> sentences, int i, boolean areaWide) {
    List<String> clauses = new ArrayList<>();
    for (int k = i; k < sentences.size() && sentences.get(k).paragraph() == sentences.get(i).paragraph(); k++) {
      clauses.addAll(sentences.get(k).scoped(areaWide).clauses());
    }
    return clauses;
  }

  /**
   * The section's one line where it prints nothing but a mark of none (无, 暂无) under its heading, no table, up to the
   * next section's heading (五、…, also one whose title names no section topic); else null. A 无 among other lines may
   * be a table's cell printed a line.
   */
  private static String noneAlone(List<Block> blocks) {
    String only = null;
    for (Block b : blocks) {
      if (!(b instanceof Paragraph p)) {
        return null;
      }
      if (NEXT_SECTION.matcher(p.text()).lookingAt()) {
        break;
      }
      if (!p.text().isEmpty()) {
        if (only != null) {
          return null;
        }
        only = p.text();
      }
    }
    return only != null && NONE_ALONE.matcher(only).matches() ? only : null;
  }

  /**
   * Whether a sub-heading naming a section's topic makes the part under it the topic's own, its subject going without
   * saying: section 三's (（二）依申请公开 in 一、总体情况) for applications, and for reviews and suits too, since the
   * ones spoken of there are those about the applications; section 四's for reviews and suits.
   */
  private static boolean ownPart(Topic topic, int headingSection) {
    return headingSection == topic.section()
        || topic == Topic.REVIEW_LITIGATION && headingSection == Topic.APPLICATIONS.section();
  }

  private static List<ScopedSentence> sentences(ReportContext context, int section) {
    Map<Integer, List<ScopedSentence>> cache = context.derived(SectionSentences.class, c -> new SectionSentences(new HashMap<>())).bySection();
    return cache.computeIfAbsent(section, n -> sentences(StatedOrder.named(context.sections().blocks(n)), context.year(), Clauses.ownArea(context.issuer())));
  }

  /**
   * The blocks' sentences. A paragraph that opens pointing back (其中…, 从申请主体看…) is read with the paragraph before
   * it, when that one ends a sentence: a breakdown set on its own line still breaks down the figure above it.
   */
  private static List<ScopedSentence> sentences(List<Block> blocks, Integer reportYear, Clauses.Area ownArea) {
    List<ScopedSentence> sentences = new ArrayList<>();
    int underHeadingOf = 0;
    int parts = 0;
    String previous = null;
    int previousStart = 0;
    boolean keyedCells = false;
    for (String paragraph : unwrapped(blocks)) {
      String key = TableRowSentence.keyedCell(paragraph);
      // A table copied as key-value lines, a cell a line (自然人:5件 / … / 其他:0件 / 总计:6件): in a run opened by a name
      // no row has, 其他 and 总计 are its columns too, never the rows 3.其他 and （七）总计 stated in a sentence.
      keyedCells = key != null && (keyedCells || !TableRowSentence.namesRow(key));
      if (keyedCells) {
        previous = null;
        continue;
      }
      for (String text : SentenceSplitter.atSubHeadings(paragraph)) {
        String heading = SentenceSplitter.subHeading(text);
        if (heading != null) {
          underHeadingOf = Sections.topic(heading);
        } else if (previous != null && POINTS_BACK.matcher(text).lookingAt()) {
          sentences.subList(previousStart, sentences.size()).clear();
          text = previous + text;
        }
        previous = heading == null && SENTENCE_END.matcher(text).find() ? text : null;
        previousStart = sentences.size();
        addSentences(text, underHeadingOf, parts++, reportYear, ownArea, sentences);
      }
    }
    return sentences;
  }

  private static void addSentences(String paragraph, int underHeadingOf, int number, Integer reportYear, Clauses.Area ownArea,
      List<ScopedSentence> out) {
    String scope = null; // a paragraph read out by applicant kind: its sentences are the kind's until another opens
    boolean yearTallied = false;
    for (String sentence : withBreakdowns(SentenceSplitter.split(paragraph))) {
      if (!TableRemnant.in(sentence)) {
        String own = ApplicantScope.opening(sentence);
        scope = own != null ? own : scope;
        String read = Respectively.paired(BracketedCounts.unbracketed(own == null && scope != null ? scope + sentence : sentence));
        Clauses.Scoped areaScoped = ownArea != null && ownArea.namedIn(read) ? Clauses.inScope(read, reportYear, ownArea, yearTallied) : null;
        out.add(new ScopedSentence(sentence, read, Clauses.inScope(read, reportYear, null, yearTallied), areaScoped, underHeadingOf, number));
        yearTallied |= Clauses.talliesOwnYear(read, reportYear);
      }
    }
  }

  /**
   * The sentences, each with the ones that break it down: 其中予以公开7件。 points back to the sentence before
   * (共受理申请21件。) and is read as its next clause, so its figures keep the subject and scope they refer to;
   * so is 均已按时答复。, which says something of all of them, and a part after a semicolon that opens with an outcome
   * and its count (共收到申请7件;予以公开3件…): what was done with the applications the part before counted, or
   * with a column's cell (予以公开:自然人3件;商业企业1件…): the rest of a row written as a sentence. A part that is a
   * whole row itself (…总计15件;上年结转政府信息公开申请数量:自然人零件,…) is its own, though its label names an outcome.
   * A total alone after other figures (…法人2件。总计12件。) sums those: only on a paragraph of its own is it （七）总计.
   */
  static List<String> withBreakdowns(List<String> sentences) {
    List<String> joined = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      int last = joined.size() - 1;
      if (last >= 0 && (POINTS_BACK.matcher(sentence).lookingAt() || ApplicationRules.isTotalAlone(sentence)
          || joined.get(last).endsWith(SEMICOLON) && (Outcome.opensWithCount(sentence) || TableRowSentence.opensWithCell(sentence))
              && !TableRowSentence.isRow(sentence))) {
        joined.set(last, SENTENCE_END.matcher(joined.get(last)).replaceFirst(",") + sentence);
      } else {
        joined.add(sentence);
      }
    }
    return joined;
  }

  /**
   * The paragraphs' text, with hard-wrapped lines joined: text taken from a PDF breaks a sentence wherever the
   * printed line ended (其他处理14件,转下一 / 年度办理答复的有1件。). A long line without a closing mark runs on
   * into the next paragraph, unless it is a sub-heading or the next one starts a list item or a row written as a
   * sentence; a table in between ends the run.
   */
  static List<String> unwrapped(List<Block> blocks) {
    List<String> texts = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (Block block : blocks) {
      // a row of figures has three digits, one of cells a digit and spaces: most paragraphs are settled without a copy
      if (!(block instanceof Paragraph p) || (Numerals.holdsDigits(p.text(), 3) || Numerals.holdsDigits(p.text(), 1)
          && Cell.Text.holdsSpace(p.raw())) && ROW_OF_FIGURES.matcher(Cell.Text.nfkc(p.raw())).find()) {
        flush(run, texts);
        continue;
      }
      String text = p.text();
      if (isLoneCell(text)) {
        flush(run, texts); // a table copied a cell a line: its label's line and its first cell make no sentence
        continue;
      }
      if (run.length() > 0 && (SentenceSplitter.startsListItem(text) || OPENS_ROW.matcher(text).lookingAt())) {
        flush(run, texts);
      }
      run.append(text);
      if (text.length() < MIN_WRAPPED_LINE || CLOSED_LINE.matcher(text).find() || SentenceSplitter.isSubHeadingLine(text)) {
        flush(run, texts);
      }
    }
    flush(run, texts);
    return texts;
  }

  /**
   * Whether a folded line is one count or a mark of none and nothing else ({@code 1件}, {@code /}): a cell of a table
   * printed a cell a line. A sentence wrapped before its count closes it with a mark or goes on after it.
   */
  private static boolean isLoneCell(String folded) {
    return !folded.isEmpty() && (CellKind.isMarker(folded) || Character.isDigit(folded.charAt(0)) && Counts.parse(folded).isParsed());
  }

  private static void flush(StringBuilder run, List<String> texts) {
    if (run.length() > 0) {
      texts.add(run.toString());
      run.setLength(0);
    }
  }
}
