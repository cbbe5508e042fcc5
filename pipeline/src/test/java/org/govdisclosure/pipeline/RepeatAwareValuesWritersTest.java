package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;

/**
 * {@link RepeatAwareValuesWriters}: a string column's dictionary does not look up again the constant value it was
 * given last. That a table's files stay Parquet's own byte for byte is {@link TableSinkTest}'s.
 */
class RepeatAwareValuesWritersTest {

  private static final MessageType SCHEMA = Types.buildMessage()
      .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("organization")
      .optional(PrimitiveTypeName.INT32).named("total")
      .named("row");

  private final RepeatAwareValuesWriters.Dictionary dictionary =
      new RepeatAwareValuesWriters.Dictionary(ParquetProperties.DEFAULT_DICTIONARY_PAGE_SIZE, new HeapByteBufferAllocator());

  @Test
  void takesTheConstantValueGivenLastForTheEntryItWasFoundUnder() {
    // A constant value's bytes do not change (Parquet's contract): changed behind the dictionary's back, they show
    // whether it looked the value up again, which would have made a second entry.
    byte[] bytes = "县人民政府办公室".getBytes(StandardCharsets.UTF_8);
    Binary value = Binary.fromConstantByteArray(bytes);
    dictionary.writeBytes(value);
    bytes[0] ^= 1;
    dictionary.writeBytes(value);

    assertThat(dictionary.getDictionarySize()).isEqualTo(1);
  }

  @Test
  void looksUpAgainAReusedValueWhoseBytesMayHaveChanged() {
    byte[] bytes = "县人民政府办公室".getBytes(StandardCharsets.UTF_8);
    Binary value = Binary.fromReusedByteArray(bytes);
    dictionary.writeBytes(value);
    bytes[0] ^= 1;
    dictionary.writeBytes(value);

    assertThat(dictionary.getDictionarySize()).isEqualTo(2);
  }

  @Test
  void looksUpAgainAfterTheRowGroupsDictionaryWasCleared() {
    Binary value = Binary.fromConstantByteArray("甲".getBytes(StandardCharsets.UTF_8));
    dictionary.writeBytes(value);
    dictionary.resetDictionary();
    dictionary.writeBytes(value);

    assertThat(dictionary.getDictionarySize()).isEqualTo(1);
  }

  @Test
  void givesStringColumnsTheDictionaryAndOtherColumnsParquetsWriters() {
    RepeatAwareValuesWriters writers = new RepeatAwareValuesWriters();
    ParquetProperties properties = ParquetProperties.builder().withValuesWriterFactory(writers).build();
    ColumnDescriptor organization = SCHEMA.getColumnDescription(new String[] {"organization"});
    ColumnDescriptor total = SCHEMA.getColumnDescription(new String[] {"total"});

    ValuesWriter strings = writers.newValuesWriter(organization);
    assertThat(strings).isInstanceOf(FallbackValuesWriter.class);
    assertThat(((FallbackValuesWriter<?, ?>) strings).initialWriter).isInstanceOf(RepeatAwareValuesWriters.Dictionary.class);
    ValuesWriterFactory parquets = new DefaultValuesWriterFactory();
    parquets.initialize(properties);
    assertThat(writers.newValuesWriter(total).getClass()).isEqualTo(parquets.newValuesWriter(total).getClass());
    assertThat(properties.getValuesWriterFactory()).isSameAs(writers);
  }
}
