package org.govdisclosure.extract.section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;

/**
 * Splits a report into its six numbered sections (一、总体情况 … 六、其他需要报告的事项). A heading is a paragraph
 * that starts with the section's numeral (with 、 . ． or brackets) and names the section's topic, so numbered
 * items inside a section and table rows such as 四、结转下年度继续办理 are not taken for headings.
 */
public final class Sections {

  public static final int OVERVIEW = 1;
  public static final int PROACTIVE = 2;
  public static final int APPLICATIONS = 3;
  public static final int REVIEW_LITIGATION = 4;

  private static final Pattern HEADING = Pattern.compile("^[(（]?([一二三四五六])[)）]?[、.．,，:：]?(.{0,40})");
  private static final String[][] TOPICS = {
    {"总体情况", "概述"},
    {"主动公开"},
    {"收到和处理", "申请情况", "依申请公开"},
    {"行政复议", "行政诉讼"},
    {"存在的主要问题", "问题及改进", "主要问题"},
    {"其他需要报告", "其他事项"},
  };
  private static final int MAX_HEADING_LENGTH = 60;

  private final List<List<Block>> sections;

  private Sections(List<List<Block>> sections) {
    this.sections = sections;
  }

  public static Sections of(Document document) {
    List<List<Block>> sections = new ArrayList<>();
    for (int i = 0; i <= 6; i++) {
      sections.add(new ArrayList<>());
    }
    boolean[] seen = new boolean[7];
    int current = 0;
    for (Block block : document.blocks()) {
      if (block instanceof Paragraph p) {
        int n = headingNumber(p.text());
        // Each heading counts once, in whatever order the report puts them.
        if (n > 0 && !seen[n]) {
          seen[n] = true;
          current = n;
          continue;
        }
      }
      sections.get(current).add(block);
    }
    return new Sections(sections);
  }

  /** The section number this paragraph opens, or 0. */
  static int headingNumber(String folded) {
    if (folded.length() > MAX_HEADING_LENGTH) {
      return 0;
    }
    Matcher m = HEADING.matcher(folded);
    if (!m.lookingAt()) {
      return 0;
    }
    int n = "一二三四五六".indexOf(m.group(1).charAt(0)) + 1;
    for (String topic : TOPICS[n - 1]) {
      if (m.group(2).contains(topic)) {
        return n;
      }
    }
    return 0;
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
