package org.govdisclosure.extract.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sections 三 and 四 written as sentences instead of tables, and the cells those sentences state (the gold of such a
 * rendering holds only those: GOLD-FORMAT.md's {@code "source": "prose"}).
 */
final class ProseSections {

  /** How the report words its figures. */
  enum Style {
    /**
     * Each table row as a sentence: {@code 一、本年新收政府信息公开申请数量：自然人5件，商业企业1件，…，总计6件。},
     * {@code 行政复议：结果维持1件，结果纠正0件，…，总计1件。} A person reads every cell from them.
     */
    KEY_VALUE,
    /**
     * The same rows as pasted text varies them: cells parted by ；, 、, ， or spaces, with or without 件, the colon
     * full- or half-width, with or without a closing 。 ({@code （一）予以公开: 自然人3；商业企业0；…；总计5}).
     */
    KEY_VALUE_VARIED,
    /**
     * Each row's columns named first, their counts after 分别为 ({@code （一）予以公开：自然人、商业企业、总计分别为3件、1件、4件。}),
     * some rows naming only some columns, some counts without their counter but the last ({@code 分别是3、1、4件}).
     * It states the cells it names.
     */
    RESPECTIVELY,
    /**
     * The columns' order said once ({@code 以下各项数据依次为自然人、…、其他组织、总计的申请数。}), then each row's counts in
     * that order after 分别为 ({@code （一）予以公开分别为3、0、0、0、0、1、4件。}), naming no column. It states every cell.
     */
    STATED_ORDER,
    /**
     * A small report's summary: {@code 全年共收到政府信息公开申请954件，均已按期答复。} and a few outcomes. It states
     * the received total and the outcomes it names, nothing about （七）总计 or the applicant columns.
     */
    SUMMARY,
    /**
     * As small offices word the rows: the total named 总计, 合计, 共计 or 累计, some counts above 0 in Chinese numerals
     * ({@code 自然人三件}), a row of none stated as such ({@code （三）不予公开：无。}, which states no count), the received
     * count broken down by 分别 with a verb ({@code 其中自然人、商业企业分别提出申请5件、1件}) or after 分别为
     * ({@code 分别为自然人5件、商业企业1件}), and a comparison with last year, which states nothing of this one.
     */
    PLAIN,
    /**
     * As some offices word the outcomes (seen in real page copies): the received count, then each outcome with its count
     * first ({@code 其中，3件办理结果为予以公开，2件为保护第三方合法权益}), rows of none left out, and 结转下年度. It
     * states the received total and the rows it names; nothing of rows left out, （七）总计 or the applicant columns.
     */
    COUNT_FIRST,
    /**
     * As offices narrate section 三 and 四 (seen writing them blind, prose18): last year's figure beside this year's as an
     * aside or a comparison ({@code （上年为52件）}, {@code 比2019年增长12%}), 均已按期答复 before the breakdown, the
     * breakdown in a sentence or paragraph of its own ({@code 从申请主体看，…}, {@code 其中，…}), residents as 个人 or 公民,
     * the legal persons broken down in brackets, a carry named by its year ({@code 2019年结转至本年度办理的申请3件}) or
     * none (上年无结转), {@code 本年度办理结果总计}, reviews broken down in brackets ({@code 被申请行政复议3件（其中结果维持1件…）})
     * and counts of other matters (人次, hotline orders). It states the cells each sentence names.
     */
    OFFICE
  }

  /** The words a row written as a sentence names its total by. */
  private static final List<String> TOTAL_NAMES = List.of("总计", "合计", "共计", "累计");
  /** How a row of none is stated: no count of any column. */
  private static final List<String> NONE = List.of("无", "未发生");
  private static final String CHINESE_DIGITS = "零一二三四五六七八九";

  private static final int COLUMNS = 7;

  final List<String> applications = new ArrayList<>();
  final List<String> reviewLitigation = new ArrayList<>();
  private final Map<String, Integer[]> statedRows = new LinkedHashMap<>();
  private final Integer[] statedReview = new Integer[15];

  private ProseSections() {}

  static ProseSections of(GeneratedReport r, Style style, LabelNoise noise, Random rnd) {
    ProseSections p = new ProseSections();
    if (style == Style.KEY_VALUE) {
      p.keyValueApplications(r, noise, Punctuation.FIXED);
    } else if (style == Style.KEY_VALUE_VARIED) {
      p.keyValueApplications(r, noise, new Punctuation(rnd));
    } else if (style == Style.RESPECTIVELY) {
      p.respectiveApplications(r, noise, rnd);
    } else if (style == Style.STATED_ORDER) {
      p.statedOrderApplications(r, noise, rnd);
    } else if (style == Style.PLAIN) {
      p.plainApplications(r, noise, rnd);
    } else if (style == Style.COUNT_FIRST) {
      p.countFirstApplications(r, rnd);
    } else if (style == Style.OFFICE) {
      p.officeApplications(r, rnd);
    } else {
      p.summaryApplications(r, rnd);
    }
    boolean noProceedings = java.util.Arrays.stream(r.review()).allMatch(v -> v == 0);
    if (style == Style.SUMMARY && noProceedings) {
      p.reviewLitigation.add("本年度未发生因政府信息公开引起的行政复议、行政诉讼。");
      java.util.Arrays.fill(p.statedReview, 0);
    } else if (style == Style.RESPECTIVELY || style == Style.STATED_ORDER) {
      p.respectiveReview(r, noise, rnd);
    } else if (style == Style.PLAIN) {
      p.plainReview(r, noise, rnd);
    } else if (style == Style.OFFICE) {
      p.officeReview(r, rnd);
    } else {
      p.keyValueReview(r, noise, style == Style.KEY_VALUE_VARIED ? new Punctuation(rnd) : Punctuation.FIXED);
    }
    return p;
  }

  /** How a row written as a sentence is punctuated: each row's own where {@code rnd} draws it, else as the template prints. */
  private record Punctuation(Random rnd) {

    static final Punctuation FIXED = new Punctuation(null);
    private static final List<String> COLONS = List.of("：", ":", "： ");
    private static final List<String> SEPARATORS = List.of("，", "；", "、", " ", "  ");

    /** The colon after the label, the separator between cells, the counter after a count, the closing mark. */
    String[] draw() {
      if (rnd == null) {
        return new String[] {"：", "，", "件", "。"};
      }
      return new String[] {COLONS.get(rnd.nextInt(COLONS.size())), SEPARATORS.get(rnd.nextInt(SEPARATORS.size())),
          rnd.nextBoolean() ? "件" : "", rnd.nextBoolean() ? "。" : ""};
    }
  }

  private void keyValueApplications(GeneratedReport r, LabelNoise noise, Punctuation punctuation) {
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      int[] values = r.applications().get(row.key());
      String label = (row.subgroup() != null ? noise.print(row.subgroup()) : "") + noise.print(row.label());
      String[] marks = punctuation.draw();
      StringBuilder s = new StringBuilder(label).append(marks[0]);
      for (int c = 0; c < COLUMNS; c++) {
        String column = c < 6 ? TemplateRows.APPLICANTS.get(c) : noise.print(TemplateRows.TOTAL);
        s.append(c == 0 ? "" : marks[1]).append(column).append(values[c]).append(marks[2]);
      }
      applications.add(s.append(marks[3]).toString());
      statedRows.put(row.key(), boxed(values));
    }
  }

  private void respectiveApplications(GeneratedReport r, LabelNoise noise, Random rnd) {
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      int[] values = r.applications().get(row.key());
      String label = (row.subgroup() != null ? noise.print(row.subgroup()) : "") + noise.print(row.label());
      List<String> names = new ArrayList<>();
      for (int c = 0; c < COLUMNS - 1; c++) {
        names.add(TemplateRows.APPLICANTS.get(c));
      }
      names.add(noise.print(TemplateRows.TOTAL));
      Integer[] stated = new Integer[COLUMNS];
      applications.add(label + "：" + respectively(names, values, stated, rnd) + "。");
      statedRows.put(row.key(), stated);
    }
  }

  private void statedOrderApplications(GeneratedReport r, LabelNoise noise, Random rnd) {
    List<String> names = new ArrayList<>(TemplateRows.APPLICANTS);
    if (rnd.nextBoolean()) {
      names.set(names.size() - 1, "其他组织"); // as the applicants' kinds are named in prose
    }
    names.add(noise.print(TemplateRows.TOTAL));
    applications.add("以下各项数据依次为" + String.join("、", names) + "的申请数。");
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      int[] values = r.applications().get(row.key());
      String label = (row.subgroup() != null ? noise.print(row.subgroup()) : "") + noise.print(row.label());
      applications.add(label + "分别为" + java.util.Arrays.stream(values).mapToObj(String::valueOf).collect(java.util.stream.Collectors.joining("、")) + "件。");
      statedRows.put(row.key(), boxed(values));
    }
  }

  private void respectiveReview(GeneratedReport r, LabelNoise noise, Random rnd) {
    List<String> outcomes = TemplateRows.OUTCOMES.stream().map(noise::print).toList();
    for (int p = 0; p < 3; p++) {
      String proceeding = noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(p)));
      String name = p == 0 ? proceeding : TemplateRows.LITIGATION + "（" + proceeding + "）";
      Integer[] stated = new Integer[outcomes.size()];
      reviewLitigation.add(name + "：" + respectively(outcomes, java.util.Arrays.copyOfRange(r.review(), p * 5, p * 5 + 5), stated, rnd) + "。");
      System.arraycopy(stated, 0, statedReview, p * 5, stated.length);
    }
  }

  /**
   * {@code A、B、C分别为1件、2件、3件}: all the columns {@code names} names, or in half the rows only some of them (the
   * last, the total, always), each count put in {@code stated} as the column it is listed with.
   */
  private static String respectively(List<String> names, int[] values, Integer[] stated, Random rnd) {
    List<Integer> columns = new ArrayList<>();
    boolean some = rnd.nextBoolean();
    int first = rnd.nextInt(names.size() - 1); // at least two columns are listed
    for (int c = 0; c < names.size(); c++) {
      if (!some || c == first || c == names.size() - 1 || rnd.nextBoolean()) {
        columns.add(c);
      }
    }
    boolean counters = rnd.nextBoolean();
    StringBuilder listed = new StringBuilder();
    StringBuilder counts = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      int c = columns.get(i);
      listed.append(i == 0 ? "" : i == columns.size() - 1 && rnd.nextInt(3) == 0 ? "和" : "、").append(names.get(c));
      counts.append(i == 0 ? "" : "、").append(values[c]).append(counters || i == columns.size() - 1 ? "件" : "");
      stated[c] = values[c];
    }
    return listed + (rnd.nextBoolean() ? "分别为" : "分别是") + counts;
  }

  private void plainApplications(GeneratedReport r, LabelNoise noise, Random rnd) {
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      int[] values = r.applications().get(row.key());
      String label = (row.subgroup() != null ? noise.print(row.subgroup()) : "") + noise.print(row.label());
      if (row.key().equals("new_received") && rnd.nextBoolean()) {
        receivedBreakdown(values, rnd);
      } else if (java.util.Arrays.stream(values).allMatch(v -> v == 0) && rnd.nextBoolean()) {
        applications.add(label + "：" + NONE.get(rnd.nextInt(NONE.size())) + "。");
      } else {
        applications.add(label + "：" + plainCells(TemplateRows.APPLICANTS, values, rnd) + "。");
        statedRows.put(row.key(), boxed(values));
      }
    }
    applications.add("较上年的" + (1 + rnd.nextInt(60)) + "件，同比增长" + (5 + rnd.nextInt(90)) + "%。");
  }

  /**
   * {@code 全年共收到政府信息公开申请9件，其中自然人、商业企业分别提出申请8件、1件，均已按期答复。}, or the names each with
   * its count after 分别为: the received total and the columns named.
   */
  private void receivedBreakdown(int[] values, Random rnd) {
    Integer[] stated = new Integer[COLUMNS];
    stated[COLUMNS - 1] = values[COLUMNS - 1];
    List<Integer> named = new ArrayList<>();
    for (int c = 0; c < COLUMNS - 2; c++) { // 其他 alone names no applicant
      if (named.size() < 2 || rnd.nextInt(3) == 0) {
        named.add(c);
      }
    }
    StringBuilder s = new StringBuilder("全年共收到政府信息公开申请").append(values[COLUMNS - 1]).append("件，");
    if (rnd.nextBoolean()) {
      s.append("其中");
      for (int i = 0; i < named.size(); i++) {
        s.append(i == 0 ? "" : i == named.size() - 1 && rnd.nextBoolean() ? "和" : "、").append(TemplateRows.APPLICANTS.get(named.get(i)));
      }
      s.append("分别提出申请");
      for (int i = 0; i < named.size(); i++) {
        s.append(i == 0 ? "" : "、").append(values[named.get(i)]).append("件");
      }
    } else {
      s.append("分别为");
      for (int i = 0; i < named.size(); i++) {
        s.append(i == 0 ? "" : "、").append(TemplateRows.APPLICANTS.get(named.get(i))).append(values[named.get(i)]).append("件");
      }
    }
    named.forEach(c -> stated[c] = values[c]);
    applications.add(s.append("，均已按期答复。").toString());
    statedRows.put("new_received", stated);
  }

  /** Each column's name and count, the last (the total) named by one of {@link #TOTAL_NAMES}. */
  private static String plainCells(List<String> names, int[] values, Random rnd) {
    StringBuilder s = new StringBuilder();
    String total = TOTAL_NAMES.get(rnd.nextInt(TOTAL_NAMES.size()));
    for (int c = 0; c < values.length; c++) {
      s.append(c == 0 ? "" : "，").append(c < values.length - 1 ? names.get(c) : total)
          .append(values[c] > 0 && rnd.nextInt(4) == 0 ? chinese(values[c]) : String.valueOf(values[c])).append("件");
    }
    return s.toString();
  }

  /**
   * A count from 1 in Chinese numerals: 三, 十二, 一百零五, 二千零三十, 二万七千一百六十四 (零件 is a word of its own: 0 is
   * printed as digits).
   */
  static String chinese(int v) {
    if (v >= 10000) {
      int low = v % 10000;
      return chinese(v / 10000) + "万" + (low == 0 ? "" : (low < 1000 ? "零" : "") + withTen(low));
    }
    if (v < 10) {
      return String.valueOf(CHINESE_DIGITS.charAt(v));
    }
    if (v < 100) {
      return (v < 20 ? "" : String.valueOf(CHINESE_DIGITS.charAt(v / 10))) + "十" + (v % 10 == 0 ? "" : CHINESE_DIGITS.charAt(v % 10));
    }
    if (v >= 1000) {
      int rest = v % 1000;
      return CHINESE_DIGITS.charAt(v / 1000) + "千" + (rest == 0 ? "" : (rest < 100 ? "零" : "") + withTen(rest));
    }
    int rest = v % 100;
    String tail = rest == 0 ? "" : rest < 10 ? "零" + CHINESE_DIGITS.charAt(rest) : withTen(rest);
    return CHINESE_DIGITS.charAt(v / 100) + "百" + tail;
  }

  /** A count after a higher place: 十二 there is 一十二 (一千零一十二). */
  private static String withTen(int v) {
    return v >= 10 && v < 20 ? "一" + chinese(v) : chinese(v);
  }

  private void plainReview(GeneratedReport r, LabelNoise noise, Random rnd) {
    List<String> outcomes = TemplateRows.OUTCOMES.stream().map(noise::print).toList();
    for (int p = 0; p < 3; p++) {
      String proceeding = noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(p)));
      String name = p == 0 ? proceeding : TemplateRows.LITIGATION + "（" + proceeding + "）";
      int[] values = java.util.Arrays.copyOfRange(r.review(), p * 5, p * 5 + 5);
      reviewLitigation.add(name + "：" + plainCells(outcomes, values, rnd) + "。");
      for (int o = 0; o < 5; o++) {
        statedReview[p * 5 + o] = values[o];
      }
    }
  }

  private void summaryApplications(GeneratedReport r, Random rnd) {
    int received = total(r, "new_received");
    String opening = rnd.nextBoolean() ? "全年共收到政府信息公开申请" : (r.year() == GeneratedReport.UNDATED ? "" : r.year() + "年，") + "本机关共收到政府信息公开申请";
    StringBuilder s = new StringBuilder(opening).append(received).append("件，均已按期答复。");
    stateTotal("new_received", received);
    int granted = total(r, "granted");
    int partially = total(r, "partially_granted");
    s.append("其中予以公开").append(granted).append("件，部分公开").append(partially).append("件");
    stateTotal("granted", granted);
    stateTotal("partially_granted", partially);
    int withheld = TemplateRows.applications(r.template()).stream()
        .filter(row -> TemplateRows.WITHHELD.equals(row.subgroup())).mapToInt(row -> total(r, row.key())).sum();
    s.append("，不予公开").append(withheld).append("件。");
    if (withheld == 0) {
      // A group of rows stated as none: each of its rows is 0.
      TemplateRows.applications(r.template()).stream().filter(row -> TemplateRows.WITHHELD.equals(row.subgroup()))
          .forEach(row -> stateTotal(row.key(), 0));
    }
    applications.add(s.toString());
    int carriedOver = total(r, "carried_over");
    if (carriedOver > 0) {
      applications.add("上年结转政府信息公开申请" + carriedOver + "件。");
      stateTotal("carried_over", carriedOver);
    }
    int forward = total(r, "carried_forward");
    if (forward > 0) {
      applications.add("结转下年度继续办理" + forward + "件。");
      stateTotal("carried_forward", forward);
    }
  }

  private void countFirstApplications(GeneratedReport r, Random rnd) {
    int received = total(r, "new_received");
    StringBuilder s = new StringBuilder("本年度收到政府信息公开申请").append(received).append("件。");
    stateTotal("new_received", received);
    List<String> outcomes = new ArrayList<>();
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      int count = total(r, row.key());
      // 其他 alone names no row: a person could not tell which （六） row it is
      if (row.isDetail() && count > 0 && !row.key().equals("other_other")) {
        String body = row.key().equals("partially_granted") ? "部分公开" : row.label().body();
        outcomes.add(count + "件" + (rnd.nextBoolean() ? "办理结果为" : "为") + body);
        stateTotal(row.key(), count);
      }
    }
    if (!outcomes.isEmpty()) {
      s.append("其中，").append(String.join("，", outcomes)).append("。");
    }
    applications.add(s.toString());
    int forward = total(r, "carried_forward");
    if (forward > 0) {
      applications.add("结转下年度继续办理" + forward + "件。");
      stateTotal("carried_forward", forward);
    }
  }

  private void officeApplications(GeneratedReport r, Random rnd) {
    boolean dated = r.year() != GeneratedReport.UNDATED;
    int[] received = r.applications().get("new_received");
    int total = received[COLUMNS - 1];
    applications.add("全年接待群众来访咨询" + (10 + rnd.nextInt(300)) + "人次，办理政务服务便民热线工单" + (5 + rnd.nextInt(900)) + "件。");
    StringBuilder s = new StringBuilder(dated ? r.year() + "年，本机关" : "本年度本机关").append("共收到政府信息公开申请").append(total).append("件");
    stateTotal("new_received", total);
    int last = Math.max(0, total + rnd.nextInt(11) - 5);
    int aside = rnd.nextInt(3);
    if (aside == 0) {
      s.append("（上年为").append(last).append("件）");
    } else if (aside == 1 && dated) {
      s.append("，比").append(r.year() - 1).append("年").append(total >= last ? "增长" : "下降")
          .append(Math.abs(total - last) * 100 / Math.max(1, last)).append("%");
    }
    s.append("，均已按期答复");
    String breakdown = applicantBreakdown(received, rnd);
    int where = rnd.nextInt(3);
    if (where == 0) {
      applications.add(s.append("，其中").append(breakdown).append("。").toString());
    } else {
      applications.add(s.append("。").toString());
      applications.add((where == 1 ? "从申请主体看，" : "其中，") + breakdown + "。");
    }
    int carriedOver = total(r, "carried_over");
    if (carriedOver == 0) {
      applications.add("上年无结转申请。");
      stateTotal("carried_over", 0);
    } else if (dated) {
      applications.add((r.year() - 1) + "年结转至本年度办理的申请" + carriedOver + "件。");
      stateTotal("carried_over", carriedOver);
    }
    int granted = total(r, "granted");
    int partially = total(r, "partially_granted");
    applications.add("办理结果方面，予以公开" + granted + "件，部分公开" + partially + "件。");
    stateTotal("granted", granted);
    stateTotal("partially_granted", partially);
    int handled = total(r, "total");
    applications.add("本年度办理结果总计" + handled + "件。");
    stateTotal("total", handled);
  }

  /**
   * The received count by applicant: residents as 自然人, 个人 or 公民, then the legal persons' sum with the columns above 0
   * in brackets (法人或其他组织申请5件（商业企业3件、科研机构2件）), which gives each its count; 其他 is not among them,
   * since 其他 alone may be anyone.
   */
  private String applicantBreakdown(int[] received, Random rnd) {
    Integer[] stated = statedRows.computeIfAbsent("new_received", k -> new Integer[COLUMNS]);
    List<String> residents = List.of("自然人", "个人", "公民");
    StringBuilder s = new StringBuilder(residents.get(rnd.nextInt(residents.size()))).append("申请").append(received[0]).append("件");
    stated[0] = received[0];
    int legal = 0;
    List<Integer> named = new ArrayList<>();
    for (int c = 1; c < COLUMNS - 1; c++) {
      legal += received[c];
      if (received[c] > 0) {
        named.add(c);
      }
    }
    if (legal > 0) {
      s.append("，法人或其他组织申请").append(legal).append("件");
      if (!named.contains(COLUMNS - 2) && rnd.nextBoolean()) {
        s.append("（");
        for (int i = 0; i < named.size(); i++) {
          int c = named.get(i);
          s.append(i == 0 ? "" : "、").append(TemplateRows.APPLICANTS.get(c)).append(received[c]).append("件");
          stated[c] = received[c];
        }
        s.append("）");
      }
    }
    return s.toString();
  }

  /** Section 四 as offices narrate it: each proceeding's count, a review's outcomes above 0 in brackets after it. */
  private void officeReview(GeneratedReport r, Random rnd) {
    int[] v = r.review();
    int outcomes = TemplateRows.OUTCOMES.size() - 1; // the block's total follows its outcomes
    if (v[outcomes] == 0) {
      reviewLitigation.add("本年度未发生政府信息公开行政复议案件。");
    } else {
      StringBuilder s = new StringBuilder("本年度被申请行政复议").append(v[outcomes]).append("件");
      statedReview[outcomes] = v[outcomes];
      List<String> parts = new ArrayList<>();
      for (int o = 0; o < outcomes; o++) {
        if (v[o] > 0) {
          parts.add(TemplateRows.OUTCOMES.get(o) + v[o] + "件");
          statedReview[o] = v[o];
        }
      }
      reviewLitigation.add(s.append(parts.isEmpty() ? "" : "（其中" + String.join("、", parts) + "）").append("。").toString());
    }
    int block = outcomes + 1;
    int direct = v[block + outcomes];
    int afterReview = v[2 * block + outcomes];
    statedReview[block + outcomes] = direct;
    statedReview[2 * block + outcomes] = afterReview;
    for (int p = 0; p < 3; p++) {
      if (v[p * block + outcomes] == 0) { // none of a proceeding is none of each of its outcomes
        java.util.Arrays.fill(statedReview, p * block, (p + 1) * block, 0);
      }
    }
    reviewLitigation.add(direct + afterReview == 0 ? "未被提起行政诉讼。"
        : "被提起政府信息公开行政诉讼" + (direct + afterReview) + "件，其中未经复议直接起诉" + direct + "件，复议后起诉" + afterReview + "件。");
  }

  private void keyValueReview(GeneratedReport r, LabelNoise noise, Punctuation punctuation) {
    for (int p = 0; p < 3; p++) {
      String proceeding = noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(p)));
      String[] marks = punctuation.draw();
      StringBuilder s = new StringBuilder(p == 0 ? proceeding : TemplateRows.LITIGATION + "（" + proceeding + "）").append(marks[0]);
      for (int o = 0; o < 5; o++) {
        int v = r.review()[p * 5 + o];
        s.append(o == 0 ? "" : marks[1]).append(noise.print(TemplateRows.OUTCOMES.get(o))).append(v).append(marks[2]);
        statedReview[p * 5 + o] = v;
      }
      reviewLitigation.add(s.append(marks[3]).toString());
    }
  }

  private void stateTotal(String key, int value) {
    statedRows.computeIfAbsent(key, k -> new Integer[COLUMNS])[COLUMNS - 1] = value;
  }

  private static int total(GeneratedReport r, String key) {
    return r.applications().get(key)[COLUMNS - 1];
  }

  private static Integer[] boxed(int[] values) {
    Integer[] b = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = values[i];
    }
    return b;
  }

  /** The report's gold with sections 三 and 四 reduced to what the sentences state. */
  ObjectNode gold(GeneratedReport r) {
    ObjectNode gold = r.gold();
    ObjectNode rows = gold.putObject("applications").put("source", "prose").putObject("rows");
    statedRows.forEach((key, values) -> {
      ArrayNode a = rows.putArray(key);
      for (Integer v : values) {
        if (v == null) {
          a.addNull();
        } else {
          a.add(v);
        }
      }
    });
    ArrayNode review = gold.putObject("review_litigation").put("source", "prose").putArray("values");
    for (Integer v : statedReview) {
      if (v == null) {
        review.addNull();
      } else {
        review.add(v);
      }
    }
    return gold;
  }
}
