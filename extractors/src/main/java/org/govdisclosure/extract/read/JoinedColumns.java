package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.CellKind;

/**
 * Two columns a stream-mode table extractor (tabula) wrote as one field: where it found no gap between them it joins
 * their texts with a space, in every row alike ({@code 0 7}, {@code / /}, the header's {@code 社会公益 法律服务}). A reader
 * parts such a column in each row into as many cells. Where a row's field has another count of parts (a count alone,
 * its neighbour blank) nothing tells which column it stands in: under a header whose field names the joined columns
 * ({@code 商业企业 科研机构}) the reader sees them and leaves that row's cells there unread
 * ({@link #UNPLACED}, the rest of the row as printed); under none every row of the run is a column short of
 * its header, and the run is no CSV rows.
 */
final class JoinedColumns {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * A cell of a joined column whose count cannot be placed: read as a mark of doubt, left empty with a warning, never a
   * count; not OCR's blot ({@link CellKind#ILLEGIBLE}), which may hold two counts where a scan lost a border.
   */
  private static final String UNPLACED = "?";

  private JoinedColumns() {}

  /** Whether the field is two or more counts or marks of none parted by spaces ({@code 0 7}, {@code - -}). */
  static boolean isJoined(String field) {
    String f = field.strip();
    if (f.chars().noneMatch(Character::isWhitespace)) {
      return false; // most fields: one cell, nothing split
    }
    for (String part : SPACES.split(f)) {
      String folded = CsvRows.folded(part);
      if (!CsvRows.VALUE.matcher(folded).matches() && !CellKind.isMarker(folded)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The run's rows with each joined column parted, the rows themselves where none is joined, or null where a joined
   * column has a row that does not part as the others do.
   */
  static List<List<String>> parted(List<List<String>> rows) {
    List<List<String>> out = rows;
    for (int c = rows.get(0).size() - 1; c >= 0; c--) {
      int parts = 0;
      for (List<String> row : rows) {
        if (isJoined(row.get(c))) {
          int n = SPACES.split(row.get(c).strip()).length;
          if (parts != 0 && n != parts) {
            return null;
          }
          parts = n;
        }
      }
      if (parts == 0) {
        continue;
      }
      int column = c;
      int n = parts;
      boolean named = rows.stream().anyMatch(row -> namesColumns(row.get(column), n));
      List<List<String>> next = new ArrayList<>(out.size());
      for (List<String> row : out) {
        List<String> cells = partedField(row.get(c), parts, named);
        if (cells == null) {
          return null;
        }
        List<String> wider = new ArrayList<>(row.subList(0, c));
        wider.addAll(cells);
        wider.addAll(row.subList(c + 1, row.size()));
        next.add(wider);
      }
      out = next;
    }
    return out;
  }

  /** Whether a header's field names {@code parts} columns joined: as many words, none of them a count or mark. */
  private static boolean namesColumns(String field, int parts) {
    String f = field.strip();
    return !f.isEmpty() && !isJoined(f) && SPACES.split(f).length == parts && f.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * The cells of one row's field in a joined column of {@code parts} columns: its parts; empty cells for an empty
   * field; a header's words alone in its first cell (it spans them); unread cells for a count or mark alone under a
   * header naming the columns ({@code named}); null for a field parted otherwise.
   */
  private static List<String> partedField(String field, int parts, boolean named) {
    String f = field.strip();
    if (f.isEmpty()) {
      return Collections.nCopies(parts, "");
    }
    String[] words = SPACES.split(f);
    if (words.length == parts) {
      return List.of(words);
    }
    String folded = CsvRows.folded(f);
    if (named && words.length == 1 && (CsvRows.VALUE.matcher(folded).matches() || CellKind.isMarker(folded))) {
      return Collections.nCopies(parts, UNPLACED);
    }
    if (words.length == 1 && f.codePoints().anyMatch(Character::isLetter) && !CellKind.isMarker(CsvRows.folded(f))) {
      List<String> spanned = new ArrayList<>(Collections.nCopies(parts, ""));
      spanned.set(0, f);
      return spanned;
    }
    return null;
  }
}
