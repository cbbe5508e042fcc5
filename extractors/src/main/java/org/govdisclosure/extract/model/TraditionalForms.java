package org.govdisclosure.extract.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Simplified form of each Traditional character of {@code traditional.tsv}: sites that mirror reports in
 * Traditional script print 申請, 總計 and 廣東省 where the template and the gazetteer say 申请, 总计 and 广东省, and a
 * reader reads both alike. A document that prints a character only Traditional script writes (marked {@value TELLS}
 * in the table) is read in Simplified script once, as it comes from its reader, so that every label, counter and name
 * matches; a Simplified document is left as printed, since the table also maps characters Simplified text writes
 * itself (俱 of 俱乐部, 著 of 显著). The converters of such mirrors gloss some characters with their pinyin in brackets
 * (鄉(xiāng), 數(shù)量); the glosses are dropped with the conversion, so that 乡人民政府 and 数量 read as printed.
 */
public final class TraditionalForms {

  static final char FIRST = '\u4E00';
  static final char LAST = '\u9FFF';
  /** The third column of a character that tells a Traditional document. */
  static final String TELLS = "tells";
  /** Traditional script's word for 信息. */
  private static final String INFORMATION = "資訊";
  /** 資訊 as an OCR model of Simplified script reads it: each character's Simplified form, a word Simplified text has. */
  private static final String INFORMATION_READ = "资讯";
  /** Traditional script's 信息公开 as that model reads it: a report that prints it is a Traditional one. */
  private static final String DISCLOSURE_READ = INFORMATION_READ + "公开";
  private static final char[] SIMPLIFIED = new char[LAST - FIRST + 1];
  private static final boolean[] TELLING = new boolean[LAST - FIRST + 1];
  /**
   * A character's reading glossed in pinyin right after it, as some mirrors print Traditional pages (水務(wù)局,
   * 鄉(xiāng)): lower-case letters with a tone mark, or a syllable with its tone as a digit (務(wu4), 鄉(xiang1)), in
   * brackets; not part of the word.
   */
  private static final Pattern PINYIN_GLOSS = Pattern.compile(
      "(?<=\\p{IsHan})[(（](?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*"
          + "|(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv][a-zü]{0,4}[1-5])[)）]");

  static {
    for (String line : BundledLines.of(TraditionalForms.class, "traditional.tsv")) {
      String[] cells = line.split("\t");
      int at = cells[0].charAt(0) - FIRST;
      SIMPLIFIED[at] = cells[1].charAt(0);
      TELLING[at] = cells.length > 2 && cells[2].equals(TELLS);
    }
  }

  private TraditionalForms() {}

  /** {@code c}'s Simplified form, or 0 when {@code c} is no Traditional form the table lists. */
  public static char simplified(char c) {
    return c >= FIRST && c <= LAST ? SIMPLIFIED[c - FIRST] : 0;
  }

  /** Whether {@code c} is written only in Traditional script, so that a document printing it is in that script. */
  static boolean tellsTraditional(char c) {
    return c >= FIRST && c <= LAST && TELLING[c - FIRST];
  }

  /**
   * {@code document} with every paragraph and cell in Simplified script; the same document, nothing copied, where no
   * Traditional form is printed (most reports: one scan of the text).
   */
  public static Document simplify(Document document) {
    if (!printsTraditional(document)) {
      return document;
    }
    List<Block> blocks = new ArrayList<>(document.blocks().size());
    boolean changed = false;
    for (Block block : document.blocks()) {
      Block simplified = simplify(block);
      changed |= simplified != block;
      blocks.add(simplified);
    }
    return changed ? document.withBlocks(blocks) : document;
  }

  /** Whether a paragraph or cell prints a character that tells Traditional script (indexed loops: every report). */
  private static boolean printsTraditional(Document document) {
    List<Block> blocks = document.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      if (printsTraditional(blocks.get(b))) {
        return true;
      }
    }
    return false;
  }

  private static boolean printsTraditional(Block block) {
    if (block instanceof Paragraph p) {
      return printsTraditional(p.raw());
    }
    List<Row> rows = ((Table) block).rows();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> cells = rows.get(r).cells();
      for (int c = 0; c < cells.size(); c++) {
        if (printsTraditional(cells.get(c).raw())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean printsTraditional(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (tellsTraditional(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Block simplify(Block block) {
    if (block instanceof Paragraph p) {
      String raw = simplify(p.raw());
      return raw == p.raw() ? p : new Paragraph(raw);
    }
    Table table = (Table) block;
    List<Row> rows = new ArrayList<>(table.rows().size());
    boolean changed = false;
    for (Row row : table.rows()) {
      List<Cell> cells = new ArrayList<>(row.cells().size());
      for (Cell cell : row.cells()) {
        String raw = simplify(cell.raw());
        changed |= raw != cell.raw();
        cells.add(raw == cell.raw() ? cell : new Cell(raw));
      }
      rows.add(new Row(cells));
    }
    return changed ? new Table(rows) : table;
  }

  /**
   * The text OCR read off a scan: a Simplified model reads a Traditional report's 政府資訊公開 as 政府资讯公开, which
   * {@link #simplify} cannot tell from Simplified script; a text printing 资讯公开 has 资讯 as 信息 throughout.
   */
  public static String ocrRead(String text) {
    return text.contains(DISCLOSURE_READ) ? text.replace(INFORMATION_READ, "信息") : text;
  }

  /**
   * {@code s} with each listed Traditional character in its Simplified form, without a mirror's pinyin glosses, and
   * 資訊 as 信息: the word Traditional script writes for it (the big5 gateways of gov.cn sites print 政府資訊公開);
   * {@code s} itself where nothing changes.
   */
  public static String simplify(String s) {
    if (s.contains(INFORMATION)) {
      s = s.replace(INFORMATION, "信息");
    }
    if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0) {
      s = PINYIN_GLOSS.matcher(s).replaceAll("");
    }
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char f = simplified(s.charAt(i));
      if (f != 0) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = f;
      }
    }
    return chars == null ? s : new String(chars);
  }
}
