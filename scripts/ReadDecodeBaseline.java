import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.govdisclosure.extract.read.ReportReader;
import org.govdisclosure.extract.read.TextDecoder;

/**
 * The floor of a run: every file under a folder read, and decoded as text ({@code TextDecoder}, as the text and HTML
 * readers start) unless it is a PDF, ZIP (DOCX) or OLE (DOC) container, whose readers decode no text as a whole;
 * nothing else, on one thread. Prints files, bytes, seconds, files/s and MB/s. Run with the shaded jar on the
 * classpath: {@code java -cp pipeline/target/gov-disclosure-pipeline.jar scripts/ReadDecodeBaseline.java DIR}.
 */
public final class ReadDecodeBaseline {
  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    long start = System.nanoTime();
    long bytes = 0;
    long chars = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      bytes += b.length;
      chars += ReportReader.readsAsText(b) ? TextDecoder.decode(b).text().length() : 0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("read+decode %d files, %.1f MB (%d chars): %.2f s, %.0f files/s, %.1f MB/s%n", files.size(),
        bytes / 1e6, chars, seconds, files.size() / seconds, bytes / 1e6 / seconds);
  }
}
