package org.govdisclosure.pipeline;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A report's rows per table, in the order they were given, and the common columns of its rows, read from a
 * {@link ParkedRows} file each time they are asked for: in memory only the tables' names and where their bytes lie.
 * Unmodifiable.
 */
final class ParkedTables extends AbstractMap<String, byte[]> {

  private final ParkedRows file;
  private final long offset;
  private final int commonLength;
  private final String[] tables;
  private final int[] lengths;

  ParkedTables(ParkedRows file, long offset, int commonLength, String[] tables, int[] lengths) {
    this.file = file;
    this.offset = offset;
    this.commonLength = commonLength;
    this.tables = tables;
    this.lengths = lengths;
  }

  /**
   * The common columns of {@code commonLength} bytes, then the rows of {@code tables}, laid one after the other from
   * {@code offset} of {@code file}.
   */
  static ParkedTables of(ParkedRows file, long offset, int commonLength, Map<String, byte[]> tables) {
    String[] names = new String[tables.size()];
    int[] lengths = new int[tables.size()];
    int i = 0;
    for (Map.Entry<String, byte[]> table : tables.entrySet()) {
      names[i] = table.getKey();
      lengths[i++] = table.getValue().length;
    }
    return new ParkedTables(file, offset, commonLength, names, lengths);
  }

  ParkedRows file() {
    return file;
  }

  long offset() {
    return offset;
  }

  int commonLength() {
    return commonLength;
  }

  byte[] commonColumns() {
    return file.read(offset, commonLength);
  }

  String table(int i) {
    return tables[i];
  }

  int length(int i) {
    return lengths[i];
  }

  @Override
  public int size() {
    return tables.length;
  }

  @Override
  public boolean containsKey(Object table) {
    return indexOf(table) >= 0;
  }

  @Override
  public byte[] get(Object table) {
    int i = indexOf(table);
    return i < 0 ? null : rows(i);
  }

  @Override
  public Set<Map.Entry<String, byte[]>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return tables.length;
      }

      @Override
      public Iterator<Map.Entry<String, byte[]>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < tables.length;
          }

          @Override
          public Map.Entry<String, byte[]> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(tables[i], rows(i));
          }
        };
      }
    };
  }

  private int indexOf(Object table) {
    for (int i = 0; i < tables.length; i++) {
      if (tables[i].equals(table)) {
        return i;
      }
    }
    return -1;
  }

  private byte[] rows(int i) {
    long start = offset + commonLength;
    for (int j = 0; j < i; j++) {
      start += lengths[j];
    }
    return file.read(start, lengths[i]);
  }
}
