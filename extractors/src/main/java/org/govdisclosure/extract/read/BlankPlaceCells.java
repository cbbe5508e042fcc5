package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.value.CellKind;

/**
 * A row's line whose counts are parted by ASCII spaces and whose blank cells print as an ideographic space standing
 * alone between them ({@code （一）予以公开　 3 　 　 0 　 3}): each such space is a cell's place, so the line prints
 * every cell of its row, and it is rewritten as a grid's row, its label and cells parted by tabs. The label may end in
 * a blank place (the ideographic space glued to it, an ASCII gap after) or be glued to its first count
 * ({@code 申请数量9 　 9}). So is a row whose first cell, the word 无 a table prints for none, is glued to its label
 * ({@code 申请数量无 0 无 无 0 0 无}) where the label before it ends as a row's label does: no row's label ends in 无
 * (a piece of one wrapped after a 无 in it does: {@code 1.申请人无|正当理由}). Whether the row prints as many cells as it has is the
 * table's reader's to tell: read by position only then. A line without such a place or glued 无, or whose spaces are
 * all ideographic, is left as printed.
 */
final class BlankPlaceCells {

  /** A blank cell's place: an ideographic space standing alone between ASCII gaps. */
  private static final String PLACE = "\u3000";
  /** A cell's value: a count, a mark of none or the word 无. */
  private static final Pattern COUNT = Pattern.compile(LabelColumnFirst.VALUE);
  /** Section 三's row labels as the templates print them (folded): a label glued to 无 must end as one of them does. */
  private static final List<String> ROW_LABELS = Arrays.stream(Template.values()).map(NationalTemplate::of)
      .map(NationalTemplate::applications).filter(Objects::nonNull).flatMap(m -> m.rows().stream())
      .flatMap(r -> Stream.concat(Stream.ofNullable(r.wording()), r.labels().stream())).distinct().toList();
  /** The word 无 glued to a label whose last character is an ideograph other than it, or a closing bracket or quote. */
  private static final Pattern GLUED_NONE = Pattern.compile("(.*(?:[\\p{IsHan}&&[^" + CellKind.NONE + "]]|[）)”\"]))" + CellKind.NONE);
  /** A label glued to its row's first count: the label ends in an ideograph, a closing bracket or a closing quote. */
  private static final Pattern GLUED_COUNT = Pattern.compile("(.*[\\p{IsHan}）)”\"])(\\d{1,9})");

  private BlankPlaceCells() {}

  /** The lines with each row printing blank places or a glued 无 rewritten label and cells parted by tabs. */
  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf('\u3000') < 0 && line.indexOf(CellKind.NONE) < 0 || line.indexOf(' ') < 0 || line.indexOf('\t') >= 0) {
        continue; // most lines: no ideographic space nor 无, or no ASCII gap parting cells
      }
      String row = row(line);
      if (row != null) {
        out = out != null ? out : new ArrayList<>(lines);
        out.set(i, row);
      }
    }
    return out == null ? lines : out;
  }

  /** Whether a label ends as a section 三 row's label does: not a piece of one wrapped after a 无 in it (1.申请人无|正当理由). */
  private static boolean endsAsARow(String label) {
    String folded = Cell.Text.fold(label);
    return ROW_LABELS.stream().anyMatch(folded::endsWith);
  }

  /** The line as a row's cells parted by tabs, or null where it prints no blank place, nor a 无 glued to its label. */
  static String row(String line) {
    String[] tokens = LabelColumnFirst.gapParted(line);
    int head = tokens.length - 1;
    List<String> cells = new ArrayList<>();
    boolean place = false;
    boolean count = false;
    for (; head >= 0; head--) {
      if (tokens[head].equals(PLACE)) {
        cells.add(0, "");
        place = true;
      } else if (COUNT.matcher(tokens[head]).matches()) {
        cells.add(0, tokens[head]);
        count = true;
      } else {
        break;
      }
    }
    if (head < 0) {
      return place && count ? String.join("\t", cells) : null; // a row's counts alone, its label wrapped around them
    }
    for (int t = 0; t <= head; t++) {
      int space = tokens[t].indexOf('\u3000');
      if (space >= 0 && !(t == head && space == tokens[t].length() - 1 && space > 0)) {
        return null; // ideographic spaces in the label's words, or glued to a count: a layout's spacing, no cells' places
      }
    }
    String label = tokens[head];
    Matcher glued = GLUED_COUNT.matcher(label);
    Matcher gluedNone = GLUED_NONE.matcher(label);
    boolean none = false;
    if (label.endsWith(PLACE) && !Character.isWhitespace(label.charAt(label.length() - 2))) {
      label = label.substring(0, label.length() - 1); // a cell's place only where the line prints others apart
      cells.add(0, "");
    } else if (glued.matches()) {
      label = glued.group(1);
      cells.add(0, glued.group(2));
      count = true;
    } else if (cells.size() >= 2 && gluedNone.matches() && endsAsARow(gluedNone.group(1))) {
      label = gluedNone.group(1);
      cells.add(0, String.valueOf(CellKind.NONE));
      none = true;
    }
    if (!(place || none) || !count) {
      return null;
    }
    StringBuilder row = new StringBuilder();
    for (int t = 0; t < head; t++) {
      row.append(tokens[t]).append(' ');
    }
    row.append(label);
    cells.forEach(c -> row.append('\t').append(c));
    return row.toString();
  }
}
