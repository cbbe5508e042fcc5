package org.govdisclosure.extract.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What publishing and OCR do to labels and cells without making them doubtful to a careful reader. A label: another
 * ordinal form ((一), （一), 一是, 1、, 1．, １., or none), 合计 for 总计, an OCR confusion of a look-alike (未/末,
 * 申/甲, 复/夏, 计/汁 …), one character dropped or doubled, a known typo (案卷 printed 案件), spaces inside it (本 年 新 收)
 * or between ordinal and body. At most one change to a label's characters, except that a harsh scan misreads every
 * look-alike of a label it misreads one of ({@code 其他外埋} for 其他处理). A cell: a count of none printed as
 * {@code /}, {@code -}, {@code —}, {@code 无} or left blank (the gold then states nothing: a blank is not a 0), digits
 * printed full-width ({@code １２}). A digit is never changed: numbers are printed as they are.
 */
final class LabelNoise {

  /** Characters OCR reads as a look-alike (each way where both occur in labels). */
  static final Map<Character, Character> CONFUSABLES = Map.ofEntries(Map.entry('未', '末'), Map.entry('已', '己'),
      Map.entry('日', '曰'), Map.entry('申', '甲'), Map.entry('人', '入'), Map.entry('士', '土'), Map.entry('问', '间'),
      Map.entry('复', '夏'), Map.entry('诉', '斥'), Map.entry('决', '決'), Map.entry('处', '外'), Map.entry('理', '埋'),
      Map.entry('请', '诸'), Map.entry('息', '怠'), Map.entry('计', '汁'));
  /** Typos seen in published tables. */
  private static final Map<String, String> TYPOS = Map.of("案卷", "案件");
  private static final int MIN_LENGTH_TO_DROP = 6;
  /** What a cell that counts none may be printed as where the layout keeps its place. */
  private static final List<String> NONE_MARKS = List.of("/", "-", "—", "无", "");
  /** Of the cells a document prints in a noisy way, the share each one is. */
  private static final double CELL_SHARE = 0.4;
  /** Of the cells of an OCR'd document, the share printed as a blot. */
  private static final double ILLEGIBLE_SHARE = 0.01;
  /** Circled numbers, an ordinal some tables print for the arabic level (①属于国家秘密). */
  private static final char CIRCLED_ONE = '\u2460';

  /** What a layout lets a cell be printed as besides its ASCII digits. */
  enum Cells {
    /** Digits only: cells run together or are worded in sentences. */
    PLAIN,
    /** Separate tokens: a mark for none, full-width digits. */
    TOKENS,
    /** A grid that keeps each cell's place: a blank cell too. */
    GRID,
    /** Such a grid from a site that leaves its counts of none blank (some of them, as its editors typed the table). */
    BLANK_GRID
  }

  static final LabelNoise NONE = new LabelNoise(new Random(0), 0);

  private final Random rnd;
  private final double rate;
  private final IntPredicate printable;
  /** This document's mark for a cell that counts none, or null where it prints 0. */
  private final String noneMark;
  private final boolean fullWidthDigits;
  /** Cells printed blank or as a mark: "applications/KEY/COLUMN" or "review/INDEX". */
  private final Set<String> blanked = new HashSet<>();
  /**
   * Whether this document also gets what converters and OCR do beyond the common noise: circled ordinals, two
   * characters swapped, counts printed with thousands separators and with their counter ({@code 1,024}, {@code 3件}),
   * bracketed arabic ordinals ({@code （1）}, {@code 1)}), a 0 printed as the letter O, a cell printed as a blot (its count then unstated).
   * Drawn only for the kinds that ask for it, so that the other kinds' renderings stay as they were.
   */
  private final boolean harsh;
  /** This document's counter after each count ({@code 件}), or "" (harsh only). */
  private final String counter;
  private final boolean thousands;
  /** Whether OCR prints some 0 cells as the letter O and a few cells as a blot, tokens of their own among counts in a line (harsh only). */
  private final boolean letterZero;

  /** {@code rate}: the chance that each kind of change touches a given label. */
  LabelNoise(Random rnd, double rate) {
    this(rnd, rate, Cells.PLAIN, c -> true);
  }

  /** {@code printable}: the characters the layout can print (a PDF's font has a subset). */
  LabelNoise(Random rnd, double rate, Cells cells, IntPredicate printable) {
    this(rnd, rate, cells, printable, false);
  }

  /** {@code harsh}: with the changes only some kinds draw (see {@link #harsh}). */
  LabelNoise(Random rnd, double rate, Cells cells, IntPredicate printable, boolean harsh) {
    this.rnd = rnd;
    this.rate = rate;
    this.printable = printable;
    List<String> marks = new ArrayList<>();
    if (cells != Cells.PLAIN) {
      NONE_MARKS.stream().filter(m -> (cells == Cells.GRID || !m.isEmpty()) && m.chars().allMatch(printable)).forEach(marks::add);
    }
    this.noneMark = cells == Cells.BLANK_GRID ? "" : !marks.isEmpty() && chance() ? marks.get(rnd.nextInt(marks.size())) : null;
    this.fullWidthDigits = cells != Cells.PLAIN && printable.test('０') && printable.test('９') && chance();
    this.harsh = harsh;
    this.counter = harsh && cells != Cells.PLAIN && chance() ? "件" : "";
    this.thousands = harsh && rnd.nextBoolean();
    this.letterZero = harsh && cells == Cells.TOKENS && counter.isEmpty() && rnd.nextBoolean();
  }

  /** Whether the layout can print every character of {@code text}. */
  boolean canPrint(String text) {
    return text.codePoints().allMatch(printable);
  }

  boolean isNone() {
    return rate == 0;
  }

  /** The label as printed. */
  String print(Label label) {
    String ordinal = label.ordinal(chance() ? 1 + rnd.nextInt(Label.ORDINAL_FORMS - 1) : 0);
    if (harsh && label.level() == Label.Level.ARABIC && chance()) {
      ordinal = switch (rnd.nextInt(4)) {
        case 0 -> String.valueOf((char) (CIRCLED_ONE + label.number() - 1));
        case 1 -> "（" + label.number() + "）";
        default -> label.number() + (rnd.nextBoolean() ? ")" : "）"); // closed by a bracket alone: 1)属于, 3）其他
      };
    }
    if (!ordinal.chars().allMatch(printable)) {
      ordinal = label.ordinal(0);
    }
    return ordinal + space() + spaced(body(label.body()));
  }

  /** A column or row title (总计, 自然人 …) as printed. */
  String print(String title) {
    return title.equals(TemplateRows.TOTAL) && chance() ? "合计" : title;
  }

  /** A section 三 cell as printed; a blanked one is recorded so that {@link #gold} states nothing for it. */
  String cell(String key, int column, int value) {
    return cell("applications/" + key + "/" + column, value);
  }

  /** A section 四 cell (index 0 … 14) as printed. */
  String reviewCell(int index, int value) {
    return cell("review/" + index, value);
  }

  /**
   * A section 四 cell {@link #reviewCell} printed before, printed again in another table: its mark of none where it was
   * blanked (a blot's place as {@code ■}), else its count, so that the gold holds for both.
   */
  String reviewCellAgain(int index, int value) {
    return !blanked.contains("review/" + index) ? String.valueOf(value) : value == 0 && noneMark != null ? noneMark : "■";
  }

  private String cell(String id, int value) {
    if (value == 0 && noneMark != null && rnd.nextDouble() < CELL_SHARE) {
      blanked.add(id);
      return noneMark;
    }
    if (value == 0 && letterZero && rnd.nextDouble() < CELL_SHARE) {
      return "O";
    }
    if (letterZero && rnd.nextDouble() < ILLEGIBLE_SHARE) {
      blanked.add(id); // a blot where the count was: nobody reads it
      return "■";
    }
    String digits = thousands ? String.format("%,d", value) : String.valueOf(value);
    if (fullWidthDigits && rnd.nextDouble() < CELL_SHARE) {
      StringBuilder wide = new StringBuilder();
      digits.chars().forEach(d -> wide.append(d == ',' ? ',' : (char) (d - '0' + '０')));
      return wide + counter;
    }
    return digits + counter;
  }

  /** The report's gold with the cells printed blank or as a mark stating nothing. */
  ObjectNode gold(GeneratedReport r) {
    ObjectNode gold = r.gold();
    for (String id : blanked) {
      String[] parts = id.split("/");
      if (parts[0].equals("review")) {
        ((ArrayNode) gold.path("review_litigation").path("values")).set(Integer.parseInt(parts[1]), NullNode.getInstance());
      } else {
        ((ArrayNode) gold.path("applications").path("rows").path(parts[1])).set(Integer.parseInt(parts[2]), NullNode.getInstance());
      }
    }
    return gold;
  }

  private String body(String body) {
    if (body.equals(TemplateRows.TOTAL)) {
      return chance() ? "合计" : body;
    }
    if (!chance()) {
      return body;
    }
    for (Map.Entry<String, String> typo : TYPOS.entrySet()) {
      if (body.contains(typo.getKey()) && rnd.nextBoolean()) {
        return body.replace(typo.getKey(), typo.getValue());
      }
    }
    int kind = rnd.nextInt(harsh ? 4 : 3);
    if (kind == 3) {
      return swapped(body);
    }
    if (kind == 0) {
      List<Integer> confusable = new ArrayList<>();
      for (int i = 0; i < body.length(); i++) {
        Character look = CONFUSABLES.get(body.charAt(i));
        if (look != null && printable.test(look)) {
          confusable.add(i);
        }
      }
      if (!confusable.isEmpty()) {
        int one = confusable.get(rnd.nextInt(confusable.size()));
        StringBuilder misread = new StringBuilder(body);
        for (int i : harsh ? confusable : List.of(one)) {
          misread.setCharAt(i, CONFUSABLES.get(body.charAt(i)));
        }
        return misread.toString();
      }
    }
    int at = 1 + rnd.nextInt(Math.max(1, body.length() - 2));
    if (kind == 1 && body.length() >= MIN_LENGTH_TO_DROP && isIdeograph(body.charAt(at))) {
      return body.substring(0, at) + body.substring(at + 1);
    }
    if (at < body.length() && isIdeograph(body.charAt(at))) {
      return body.substring(0, at + 1) + body.substring(at);
    }
    return body;
  }

  /** Two neighbouring ideographs of the body swapped, as OCR misorders a line (予以公开 → 予公以开). */
  private String swapped(String body) {
    int at = 1 + rnd.nextInt(Math.max(1, body.length() - 2));
    if (at + 1 < body.length() && isIdeograph(body.charAt(at)) && isIdeograph(body.charAt(at + 1))) {
      return body.substring(0, at) + body.charAt(at + 1) + body.charAt(at) + body.substring(at + 2);
    }
    return body;
  }

  /** Now and then a body printed with a space between its characters, as a justified cell comes out of a PDF. */
  private String spaced(String body) {
    if (!chance() || !chance()) {
      return body;
    }
    String space = anySpace();
    StringBuilder b = new StringBuilder();
    body.codePoints().forEach(c -> b.append(b.isEmpty() ? "" : space).appendCodePoint(c));
    return b.toString();
  }

  /** A space between ordinal and body now and then, half- or full-width. */
  String space() {
    return chance() ? anySpace() : "";
  }

  private String anySpace() {
    return rnd.nextBoolean() || !printable.test('\u3000') ? " " : "\u3000";
  }

  /** Whether a change of this document's noise happens this time: drawn at the document's rate. */
  boolean chance() {
    return rate > 0 && rnd.nextDouble() < rate;
  }

  private static boolean isIdeograph(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }
}
