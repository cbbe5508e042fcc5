package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;

/**
 * A row split into its label cells and the value cells after the last label. A cell holding only a unit
 * ({@code 元}, {@code 万元}) is not a label: it is joined to the value before it, as when a page splits
 * {@code 73802895.90} and {@code 元} into two cells.
 */
public record LabeledRow(List<String> labels, List<Cell> values) {

  private static final Set<String> UNITS = Set.copyOf(Numerals.MONEY_UNITS);

  public static LabeledRow of(Row row) {
    List<Cell> cells = row.cells();
    int lastLabel = -1;
    for (int i = 0; i < cells.size(); i++) {
      String t = cells.get(i).text();
      if (CellKind.of(t) == CellKind.LABEL && !(UNITS.contains(t) && i > 0)) {
        lastLabel = i;
      }
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i <= lastLabel; i++) {
      String t = cells.get(i).text();
      if (!t.isEmpty()) {
        labels.add(t);
      }
    }
    List<Cell> values = new ArrayList<>();
    for (int i = lastLabel + 1; i < cells.size(); i++) {
      Cell c = cells.get(i);
      if (UNITS.contains(c.text()) && !values.isEmpty()) {
        int last = values.size() - 1;
        values.set(last, new Cell(values.get(last).raw() + c.text()));
      } else {
        values.add(c);
      }
    }
    return new LabeledRow(List.copyOf(labels), List.copyOf(values));
  }

  public boolean hasLabels() {
    return !labels.isEmpty();
  }

  /** The innermost label (e.g. {@code 1.属于国家秘密} in a row that also carries {@code （三）不予公开}), or "". */
  public String lastLabel() {
    return labels.isEmpty() ? "" : labels.get(labels.size() - 1);
  }

  public boolean allValuesBlank() {
    for (Cell c : values) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
