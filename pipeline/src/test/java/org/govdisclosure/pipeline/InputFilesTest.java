package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  private Path file(String name) throws Exception {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, name);
  }

  private static List<String> paths(InputFiles.Listing listing) {
    return listing.entries().stream().map(InputFiles.Entry::path).toList();
  }

  @Test
  void aFileMatchedByOverlappingPatternsIsListedOnce() throws Exception {
    Path a = file("a.txt");
    Path b = file("sub/b.txt");
    InputFiles.Listing listing = InputFiles.list(List.of(dir.toString(), dir + "/*.txt", dir + "/**", a.toString()));
    assertThat(paths(listing)).containsExactly(a.toString(), b.toString());
    assertThat(listing.emptyGlobs()).isEmpty();
  }

  @Test
  void oneStarStaysInItsFolderTwoCrossFolders() throws Exception {
    Path a = file("a.txt");
    Path b = file("sub/b.txt");
    file("sub/c.html");
    assertThat(paths(InputFiles.list(List.of(dir + "/*.txt")))).containsExactly(a.toString());
    assertThat(paths(InputFiles.list(List.of(dir + "/**.txt")))).containsExactly(a.toString(), b.toString());
    assertThat(paths(InputFiles.list(List.of(dir + "/*/*.txt")))).containsExactly(b.toString());
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void linksBackToAncestorsAndTwoLinksToOneFolderNeitherLoopNorRepeat() throws Exception {
    Path a = file("in/a.txt");
    Files.createSymbolicLink(dir.resolve("in/up1"), Path.of(".."));
    Files.createSymbolicLink(dir.resolve("in/up2"), Path.of(".."));
    Files.createSymbolicLink(dir.resolve("in/self"), Path.of("."));
    Path shared = file("shared/s.txt");
    Files.createSymbolicLink(dir.resolve("in/link1"), dir.resolve("shared"));
    Files.createSymbolicLink(dir.resolve("in/link2"), dir.resolve("shared"));
    List<String> listed = paths(InputFiles.list(List.of(dir.resolve("in").toString())));
    assertThat(listed).hasSize(2).contains(a.toString());
    assertThat(listed.stream().filter(p -> p.endsWith("/s.txt"))).hasSize(1);
    assertThat(shared).exists();
  }

  @Test
  void entriesThatAreNotFilesAreListedAsProblemsWithoutBeingOpened() throws Exception {
    file("in/good.txt");
    Files.createSymbolicLink(dir.resolve("in/dangling.txt"), dir.resolve("nowhere.txt"));
    Path fifo = dir.resolve("in/pipe.txt");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    List<InputFiles.Entry> entries = InputFiles.list(List.of(dir.resolve("in").toString())).entries();
    assertThat(entries).extracting(e -> Path.of(e.path()).getFileName() + ":" + e.problem())
        .containsExactly("dangling.txt:dangling_symlink", "good.txt:null", "pipe.txt:not_a_regular_file");
  }

  @Test
  void aFolderThatCannotBeListedIsAProblemNamedForIt() {
    InputFiles.Entry entry = InputFiles.problem(dir, new AccessDeniedException(dir.toString()));
    assertThat(entry.problem()).isEqualTo("permission_denied");
    assertThat(entry.detail()).startsWith("folder could not be listed");
  }

  @Test
  void aMistypedPathIsAnErrorButAGlobMatchingNothingOnlyReported() throws Exception {
    file("a.txt");
    assertThatThrownBy(() -> InputFiles.list(List.of(dir.resolve("missing").toString())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    InputFiles.Listing listing = InputFiles.list(List.of(dir + "/*.pdf", dir + "/nowhere/**"));
    assertThat(listing.entries()).isEmpty();
    assertThat(listing.emptyGlobs()).containsExactly(dir + "/*.pdf", dir + "/nowhere/**");
  }
}
