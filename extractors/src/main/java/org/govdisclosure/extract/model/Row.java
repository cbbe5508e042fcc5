package org.govdisclosure.extract.model;

import java.util.List;

/** One table row: its cells left to right, empty placeholder cells of merged ranges included. */
public record Row(List<Cell> cells) {

  public Row {
    cells = List.copyOf(cells);
  }
}
