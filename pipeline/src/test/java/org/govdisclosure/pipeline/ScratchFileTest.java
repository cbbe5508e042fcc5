package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScratchFileTest {

  @Test
  void aScratchFileIsGoneFromItsFolderWhileItsRunStillReadsAndWritesIt() throws Exception {
    ScratchFile scratch = ScratchFile.create("scratch-test-");
    try (scratch) {
      assertThat(scratch.path()).as("a JVM killed now leaves nothing behind").doesNotExist();
      scratch.channel().write(ByteBuffer.wrap("parked".getBytes(StandardCharsets.UTF_8)));
      ByteBuffer read = ByteBuffer.allocate(6);
      scratch.channel().read(read, 0);
      assertThat(new String(read.array(), StandardCharsets.UTF_8)).isEqualTo("parked");
    }
    assertThat(scratch.channel().isOpen()).isFalse();
    assertThat(scratch.path()).doesNotExist();
  }
}
