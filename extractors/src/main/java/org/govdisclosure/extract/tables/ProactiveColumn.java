package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Counts;

/**
 * The value columns of section 二's sub-tables, as their header cells name them in either template. A header is
 * read by its text, so a sub-table's columns are known whatever their number and however the cells were split
 * ({@code 本年新} | {@code 制作数量}).
 */
enum ProactiveColumn {
  NEW_MADE("new_made", "新制作数量", Counts::parse),
  NEW_PUBLISHED("new_published", "新公开数量", Counts::parse),
  TOTAL_PUBLISHED("total_published", "对外公开总?数量", Counts::parse),
  ISSUED("issued", "制发件数", Counts::parse),
  REPEALED("repealed", "废止件数", Counts::parse),
  IN_FORCE("in_force", "现行有效件数", Counts::parse),
  ITEMS_PREVIOUS_YEAR("items_previous_year", "上一年项目数量", Counts::parse),
  ITEMS_CHANGE("items_change", "增/?减", Counts::parseChange),
  DECISIONS("decisions", "处理决定数量", Counts::parse),
  /** 本年收费金额（单位：万元）: an amount, read by {@code Amounts}. */
  FEE("fee_yuan", "收费金额", null);

  /** A column found in a header, with the header text that belongs to it (for a unit such as 单位：万元). */
  record Found(ProactiveColumn column, String header) {}

  private final String key;
  private final Pattern phrase;
  private final Function<String, Count> parser;

  ProactiveColumn(String key, String phrase, Function<String, Count> parser) {
    this.key = key;
    this.phrase = Pattern.compile(phrase);
    this.parser = parser;
  }

  String key() {
    return key;
  }

  /** How a count cell of this column is read; null for the amount column. */
  Function<String, Count> parser() {
    return parser;
  }

  /** The columns a folded header names, left to right; empty when it names none. */
  static List<Found> in(String header) {
    List<Hit> hits = new ArrayList<>();
    for (ProactiveColumn c : values()) {
      Matcher m = c.phrase.matcher(header);
      if (m.find()) {
        hits.add(new Hit(m.start(), c));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      int end = i + 1 < hits.size() ? hits.get(i + 1).start() : header.length();
      found.add(new Found(hits.get(i).column(), header.substring(hits.get(i).start(), end)));
    }
    return found;
  }

  private record Hit(int start, ProactiveColumn column) {}
}
