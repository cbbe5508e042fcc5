package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report opened in a real headless Chromium (Debian's {@code chromium} package), when one is installed;
 * skipped with a message otherwise. The page and its screenshot are left in {@code target/} to look at.
 */
class RunReportBrowserTest {

  static final Path SCREENSHOT = Path.of("target/run-report.png");
  private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

  @TempDir Path profile;

  /** The first Chromium on the PATH. */
  static Optional<Path> chromium() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> BROWSERS.stream().map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  @Test
  void theChartsAreDrawnInABrowser() throws Exception {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "No Chromium on the PATH (apt-get install chromium): the run report is not opened in a browser");
    Path page = AnalystRun.get().output.resolve(RunReport.FILE_NAME);
    String url = page.toAbsolutePath().toUri().toString();

    String dom = browse(chromium.get(), "--dump-dom", url);
    assertThat(Pattern.compile("<svg ").matcher(dom).results().count()).isEqualTo(4 + RunFigures.MEASURES.size());
    assertThat(dom).contains("Reports read per province and year");

    Files.copy(page, SCREENSHOT.resolveSibling("run-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(SCREENSHOT);
    browse(chromium.get(), "--screenshot=" + SCREENSHOT.toAbsolutePath(), url);
    BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(inkShare(image)).as("share of the screenshot that is not white").isGreaterThan(0.05);
  }

  private String browse(Path chromium, String action, String url) throws Exception {
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--window-size=1280,2000", action, url)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("Chromium finished").isTrue();
    assertThat(p.exitValue()).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The share of pixels that are not (nearly) white: a blank or unstyled page has almost none. */
  private static double inkShare(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) < 235 || ((rgb >> 8) & 0xff) < 235 || (rgb & 0xff) < 235) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }
}
