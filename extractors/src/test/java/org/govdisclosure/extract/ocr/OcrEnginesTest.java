package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.govdisclosure.extract.IsolatedProcessor;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.fixtures.FormatFixtures;
import org.junit.jupiter.api.Test;

/**
 * Tesseract engines live as long as they are needed, not as long as the threads that used them: they are shared by
 * the threads that read, ended when the processor closes, and so none is left for Tesseract to report as a LEAK when
 * the JVM exits.
 */
class OcrEnginesTest {

  /** The top of a seed's section 三 picture: its heading and the table's header rows, a few seconds of OCR. */
  private static final Path PICTURE = FormatFixtures.DIR.resolve("003_c98690ffdef99389.s3.png");
  private static final int TOP_ROWS = 500;

  @Test
  void threadsReadingOneAfterAnotherShareOneEngineWhichReleaseEnds() throws Exception {
    TesseractRecognizer recognizer = new TesseractRecognizer();
    BufferedImage line = top(60);
    for (int i = 0; i < 3; i++) {
      Thread reader = new Thread(() -> recognizer.read(line));
      reader.start();
      reader.join();
    }
    assertThat(recognizer.engines()).isEqualTo(1);
    recognizer.release();
    assertThat(recognizer.engines()).isZero();
    recognizer.read(line);
    assertThat(recognizer.engines()).as("an engine opened again after release").isEqualTo(1);
    recognizer.release();
    assertThat(recognizer.engines()).isZero();
  }

  /**
   * One image gives one reading: an engine keeps nothing of the pieces it read before (a digits-only read's
   * whitelist, a word's page mode, another picture), so that a page reads the same whatever file or page came first.
   */
  @Test
  void aPieceReadsTheSameWhateverTheEngineReadBefore() throws Exception {
    TesseractRecognizer fresh = new TesseractRecognizer();
    BufferedImage line = top(60);
    Recognizer.Read first = fresh.read(line);
    fresh.release();
    TesseractRecognizer used = new TesseractRecognizer();
    used.readDigits(line);
    used.readWord(top(120));
    used.read(top(TOP_ROWS));
    assertThat(used.read(line)).isEqualTo(first);
    assertThat(used.read(line)).as("read again at once").isEqualTo(first);
    used.release();
  }

  /** In a JVM of its own: without closing the processor Tesseract reports its engine at exit; closed, it does not. */
  @Test
  void aClosedProcessorLeavesNoEngineForTesseractToReportAtExit() throws Exception {
    String unclosed = run("keep");
    assertThat(unclosed).contains("status=").contains("LEAK");
    String closed = run("close");
    assertThat(closed).contains("status=").doesNotContain("LEAK");
  }

  /** Runs {@link #main} in a new JVM on this test's class path; returns everything it printed. */
  private static String run(String mode) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        OcrEnginesTest.class.getName(), mode)).redirectErrorStream(true).start();
    byte[] output = child.getInputStream().readAllBytes();
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String printed = new String(output, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(printed).isZero();
    return printed;
  }

  /** Reads the top of the picture as the pipeline does, then closes the processor or ({@code keep}) not. */
  public static void main(String[] args) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(top(TOP_ROWS), "png", png);
    IsolatedProcessor processor = new IsolatedProcessor(ReportProcessor.withRegistered(), Duration.ofMinutes(2));
    ProcessedReport r = processor.process("top.png", png.toByteArray());
    System.out.println("status=" + r.status() + " " + r.warnings());
    if (args[0].equals("close")) {
      processor.close();
    }
  }

  /** The picture's first {@code rows} rows, as a gray image of its own. */
  private static BufferedImage top(int rows) throws IOException {
    BufferedImage page = ImageIO.read(PICTURE.toFile());
    BufferedImage top = new BufferedImage(page.getWidth(), rows, BufferedImage.TYPE_BYTE_GRAY);
    top.getGraphics().drawImage(page, 0, 0, null);
    return top;
  }
}
