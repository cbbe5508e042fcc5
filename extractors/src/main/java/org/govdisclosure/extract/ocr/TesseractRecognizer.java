package org.govdisclosure.extract.ocr;

import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_WORD;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * Tesseract 5 (LSTM) through the bytedeco presets, whose jars carry the native libraries (JavaCPP unpacks and
 * loads them on any JVM, a Flink worker's too), with the Simplified Chinese model of tessdata_fast (Apache-2.0)
 * shipped in this jar. A Tesseract instance is not thread-safe and costs some tens of megabytes: each thread that
 * reads gets its own, kept for the next page.
 */
final class TesseractRecognizer implements Recognizer {

  static final String MODEL = "chi_sim";
  /** Spaces Tesseract puts between Chinese characters or beside them; those between two Latin tokens are kept. */
  private static final Pattern SPACE_BESIDE_CJK = Pattern.compile("\\s+(?=[^\\x00-\\x7F])|(?<=[^\\x00-\\x7F])\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Path tessdata;
  private final ThreadLocal<TessBaseAPI> api = ThreadLocal.withInitial(this::open);

  TesseractRecognizer() {
    tessdata = unpackedModel();
  }

  static String version() {
    return "tesseract " + TessBaseAPI.Version().getString() + " " + MODEL;
  }

  @Override
  public Read read(BufferedImage block) {
    return read(block, PSM_SINGLE_LINE);
  }

  @Override
  public Read readWord(BufferedImage block) {
    return read(block, PSM_SINGLE_WORD);
  }

  private Read read(BufferedImage block, int pageSegMode) {
    TessBaseAPI t = api.get();
    t.SetPageSegMode(pageSegMode);
    byte[] pixels = ((DataBufferByte) block.getRaster().getDataBuffer()).getData();
    t.SetImage(pixels, block.getWidth(), block.getHeight(), 1, block.getWidth());
    BytePointer utf8 = t.GetUTF8Text();
    String text = utf8 == null ? "" : utf8.getString(StandardCharsets.UTF_8);
    if (utf8 != null) {
      utf8.deallocate();
    }
    float confidence = t.MeanTextConf();
    t.Clear();
    String compact = SPACES.matcher(SPACE_BESIDE_CJK.matcher(text.strip()).replaceAll("")).replaceAll(" ");
    return new Read(compact, confidence);
  }

  private TessBaseAPI open() {
    TessBaseAPI t = new TessBaseAPI();
    if (t.Init(tessdata.toString(), MODEL) != 0) {
      throw new IllegalStateException("Tesseract could not load its " + MODEL + " model from " + tessdata);
    }
    return t;
  }

  /** Tesseract reads its model from a folder: the one in the jar is copied to a temporary one once per JVM. */
  private static Path unpackedModel() {
    try (InputStream in = TesseractRecognizer.class.getResourceAsStream(MODEL + ".traineddata")) {
      if (in == null) {
        throw new IllegalStateException(MODEL + ".traineddata is missing from the jar");
      }
      Path dir = Files.createTempDirectory("tessdata");
      // Deleted at exit in the reverse order: the model, then its then empty folder.
      dir.toFile().deleteOnExit();
      Path model = dir.resolve(MODEL + ".traineddata");
      model.toFile().deleteOnExit();
      Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
