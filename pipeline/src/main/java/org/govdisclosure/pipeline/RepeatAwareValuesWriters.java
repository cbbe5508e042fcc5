package org.govdisclosure.pipeline;

import java.lang.reflect.Field;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;
import org.apache.parquet.column.values.plain.PlainValuesWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Parquet's own values writers, except that a string column's dictionary remembers the value it was given last: a
 * report's common columns hand it the same constant {@link Binary} for each of the report's rows
 * ({@link EncodedRowWriteSupport}), and Parquet's dictionary hashed that value's bytes and compared them with its
 * entry's anew for every row: 13 % of the CPU of writing the tables (BENCHMARKS.md). The writers and encodings are
 * those of Parquet's format 1 (a dictionary, falling back to plain values), so the files are the same byte for byte.
 */
final class RepeatAwareValuesWriters implements ValuesWriterFactory {

  /**
   * The writer builder's own properties: Parquet 1.13's builder sets every property but the values writer factory,
   * which its properties' builder takes.
   */
  private static final Field ENCODING_PROPERTIES;

  static {
    try {
      ENCODING_PROPERTIES = ParquetWriter.Builder.class.getDeclaredField("encodingPropsBuilder");
      ENCODING_PROPERTIES.setAccessible(true);
    } catch (NoSuchFieldException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ValuesWriterFactory parquets = new DefaultValuesWriterFactory();
  private ParquetProperties properties;

  /** Makes the files the builder writes use these writers. */
  static void useIn(ParquetWriter.Builder<?, ?> builder) {
    try {
      ((ParquetProperties.Builder) ENCODING_PROPERTIES.get(builder)).withValuesWriterFactory(new RepeatAwareValuesWriters());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void initialize(ParquetProperties properties) {
    this.properties = properties;
    parquets.initialize(properties);
  }

  @Override
  public ValuesWriter newValuesWriter(ColumnDescriptor column) {
    if (column.getType() != PrimitiveTypeName.BINARY || !properties.isDictionaryEnabled(column)
        || properties.getWriterVersion() != ParquetProperties.WriterVersion.PARQUET_1_0) {
      return parquets.newValuesWriter(column);
    }
    // What Parquet's format 1 factory makes for a string column, with the dictionary below.
    return FallbackValuesWriter.of(new Dictionary(properties.getDictionaryPageSizeThreshold(), properties.getAllocator()),
        new PlainValuesWriter(properties.getInitialSlabSize(), properties.getPageSizeThreshold(), properties.getAllocator()));
  }

  /** Parquet's dictionary of a string column, which does not look up again the constant value it was given last. */
  static final class Dictionary extends PlainBinaryDictionaryValuesWriter {

    private Binary last;
    private int lastId;

    Dictionary(int maxDictionaryByteSize, ByteBufferAllocator allocator) {
      super(maxDictionaryByteSize, Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, allocator);
    }

    @Override
    public void writeBytes(Binary value) {
      if (value == last) {
        encodedValues.add(lastId);
        return;
      }
      // Parquet's look-up, which keeps the id.
      int id = binaryDictionaryContent.getInt(value);
      if (id == -1) {
        id = binaryDictionaryContent.size();
        binaryDictionaryContent.put(value.copy(), id);
        dictionaryByteSize += 4 + value.length();
      }
      encodedValues.add(id);
      // The bytes of a reused value may change before it comes again; a constant value's do not.
      last = value.isBackingBytesReused() ? null : value;
      lastId = id;
    }

    @Override
    protected void clearDictionaryContent() {
      super.clearDictionaryContent();
      last = null;
    }
  }
}
