package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

  @TempDir
  Path dir;

  @Test
  void aJarsArchiveIsBesideIt() {
    assertThat(ClassArchive.of(Path.of("/p/gov-disclosure-pipeline.jar"))).isEqualTo(Path.of("/p/gov-disclosure-pipeline.jsa"));
  }

  @Test
  void aJarWithAnArchiveRunsWithItAndWithoutTheJvmsWordOnIt() throws Exception {
    Path jar = Files.createFile(dir.resolve("pipeline.jar"));
    Files.createFile(dir.resolve("pipeline.jsa"));
    assertThat(ClassArchive.flags(jar, List.of("-Xmx2g")))
        .containsExactly("-XX:SharedArchiveFile=" + dir.resolve("pipeline.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  @Test
  void aJarWithoutAnArchiveRunsAsItIs() throws Exception {
    assertThat(ClassArchive.flags(Files.createFile(dir.resolve("pipeline.jar")), List.of())).isEmpty();
  }

  @Test
  void aJvmToldHowToShareClassesIsLeftToIt() throws Exception {
    Path jar = Files.createFile(dir.resolve("pipeline.jar"));
    Files.createFile(dir.resolve("pipeline.jsa"));
    for (String flag : List.of("-Xshare:off", "-XX:SharedArchiveFile=other.jsa", "-XX:ArchiveClassesAtExit=new.jsa")) {
      assertThat(ClassArchive.flags(jar, List.of(flag))).as(flag).isEmpty();
    }
  }

  @Test
  void theNewJvmOfAJarWithAnArchiveMapsIt() throws Exception {
    Path jar = Files.createFile(dir.resolve("pipeline.jar"));
    Files.createFile(dir.resolve("pipeline.jsa"));
    assertThat(QuickCompilation.command("java", List.of(), true, jar + " --input=a", jar.toString(), new String[] {"--input=a"}, false))
        .contains(List.of("java", "-XX:TieredStopAtLevel=1", "-Dgovdisclosure.startedByAnotherJvm=true", "-XX:CompileThresholdScaling=0.3",
            "-XX:GCTimeRatio=1", "-XX:+UnlockExperimentalVMOptions", "-XX:G1ExpandByPercentOfAvailable=2", "-XX:SharedArchiveFile=" + dir.resolve("pipeline.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "--input=a"));
  }

  /** An archive of the jar before it was built again: the JVM runs without it, and says nothing of it. */
  @Test
  void aStaleArchiveChangesNothing() throws Exception {
    Path jar = dir.resolve("hello.jar");
    writeJarOfHello(jar);
    assertThat(runHello(List.of("-XX:ArchiveClassesAtExit=" + ClassArchive.of(jar)), jar)).isEqualTo("hello\n");
    assertThat(ClassArchive.of(jar)).isRegularFile();
    writeJarOfHello(jar);
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
    assertThat(runHello(ClassArchive.flags(jar, List.of()), jar)).isEqualTo("hello\n");
  }

  private static String runHello(List<String> flags, Path jar) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(flags);
    command.addAll(List.of("-cp", jar.toString(), Hello.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Class-data archives hold classes of jars only, not of folders such as the tests' class path. */
  private static void writeJarOfHello(Path jar) throws Exception {
    String entry = Hello.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        InputStream in = Hello.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }

  static final class Hello {
    public static void main(String[] args) {
      System.out.println("hello");
    }
  }
}
