package org.govdisclosure.extract.model;

import java.util.List;

/** A table as a list of rows; rows may have different numbers of cells. */
public record Table(List<Row> rows) implements Block {

  public Table {
    rows = List.copyOf(rows);
  }
}
