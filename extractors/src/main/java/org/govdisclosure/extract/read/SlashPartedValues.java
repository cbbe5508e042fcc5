package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;

/**
 * A row written as its label, then its values parted by slashes ({@code （一）予以公开：3 / 0 / 1 / 0 / 0 / 0 / 4}, a
 * dash for a blank cell): a slash standing between two values parts them, as a reader sees, and is no mark of a
 * blank cell of its own. Such a line is rewritten as its label and its values parted by tabs, the cells of a row,
 * where its values are as many as a row of the template's section 三 has cells or a proceeding of section 四 has
 * outcomes: read with each slash a blank cell, the line would then print no table's width (2n - 1 cells), while a
 * row of space-parted cells whose blanks alternate with counts ({@code 1 / 2 / 3 / 6}, seven cells) is left alone.
 */
final class SlashPartedValues {

  /** A value: a count, or a dash marking a blank cell (never a slash, which parts them here). */
  private static final String VALUE = "(?:\\d{1,9}|[\\-－—–]{1,2})";
  /** How many values a row parted by slashes prints: a section 三 row's cells or a proceeding's outcomes. */
  private static final Set<Integer> WIDTHS = Set.of(
      NationalTemplate.of(Template.values()[0]).applications().columns().size(),
      NationalTemplate.of(Template.values()[0]).reviewLitigation().outcomes().size());
  private static final int MIN_VALUES = WIDTHS.stream().mapToInt(Integer::intValue).min().orElseThrow();
  /** A label (text ending in no digit nor slash), then the values parted by slashes. */
  private static final Pattern ROW = Pattern.compile("^(.*[^\\d\\s\u3000/／])[ \\t\u3000]*((?:" + VALUE + "[ \\t\u3000]*[/／][ \\t\u3000]*){"
      + (MIN_VALUES - 1) + ",}" + VALUE + ")[ \\t\u3000]*$");
  private static final Pattern SLASH = Pattern.compile("[ \\t\u3000]*[/／][ \\t\u3000]*");

  private SlashPartedValues() {}

  /** The lines with each row of slash-parted values as its label and cells parted by tabs. */
  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    Matcher m = ROW.matcher("");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (slashBetweenDigits(line) && m.reset(line).matches()) {
        String cells = SLASH.matcher(m.group(2)).replaceAll("\t");
        if (WIDTHS.contains((int) cells.chars().filter(c -> c == '\t').count() + 1)) {
          out = out != null ? out : new ArrayList<>(lines);
          out.set(i, m.group(1) + "\t" + cells);
        }
      }
    }
    return out == null ? lines : out;
  }

  /** Whether a slash follows a digit, spaces apart at most: most lines are asked no more (and hold no slash at all). */
  private static boolean slashBetweenDigits(String line) {
    return slashAfterValue(line, '/') || slashAfterValue(line, '／');
  }

  private static boolean slashAfterValue(String line, char slash) {
    for (int k = line.indexOf(slash, 1); k >= 0; k = line.indexOf(slash, k + 1)) {
      int j = k - 1;
      while (j > 0 && (line.charAt(j) == ' ' || line.charAt(j) == '\u3000')) {
        j--;
      }
      char d = line.charAt(j);
      if (d >= '0' && d <= '9' || "-－—–".indexOf(d) >= 0) {
        return true;
      }
    }
    return false;
  }
}
