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
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.TessBaseAPI;
import org.govdisclosure.extract.template.Ordinals;

/**
 * Tesseract 5 (LSTM) through the bytedeco presets, whose jars carry the native libraries (JavaCPP unpacks and
 * loads them on any JVM, a Flink worker's too), with the Simplified Chinese model of tessdata_fast (Apache-2.0)
 * shipped in this jar. A Tesseract instance is not thread-safe and costs some tens of megabytes: a thread takes an
 * idle one for each read and puts it back, so there are as many as threads ever read at once, and none is left with
 * a thread that ended. They are ended by {@link #release()}: Tesseract reports one still open at exit as a LEAK.
 */
final class TesseractRecognizer implements Recognizer {

  static final String MODEL = "chi_sim";
  /** Spaces Tesseract puts between Chinese characters or beside them; those between two Latin tokens are kept. */
  private static final Pattern SPACE_BESIDE_CJK = Pattern.compile("\\s+(?=[^\\x00-\\x7F])|(?<=[^\\x00-\\x7F])\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * The opening bracket of a row's ordinal, （七）, that the engine reads as a look-alike ({@code 【一)}, {@code 《七)},
   * {@code 〔七)}, {@code !二)}): put back, so that the ordinal is one.
   */
  private static final Pattern ORDINAL_BRACKET = Pattern.compile("^[【《〈〔<\\[{!！|丨](?=[" + Ordinals.NUMERALS + "]{1,2}[)）])");
  /**
   * An ordinal whose closing bracket the engine read as a 7 ({@code 《二7部分公开} for （二）部分公开): no count stands
   * between an ordinal's numeral and its words, and the 7 taken for one would be a count of the row above.
   */
  private static final Pattern ORDINAL_CLOSED_BY_SEVEN =
      Pattern.compile("^[(（【《〈〔<\\[{!！|丨]([" + Ordinals.NUMERALS + "]{1,2})7(?=\\p{IsHan})");
  /** A bar at a piece's end is a piece of a cell's border the rulings left, never text. */
  private static final Pattern EDGE_BARS = Pattern.compile("^[|丨]+\\s*|\\s*[|丨]+$");
  private static final String WHITELIST = "tessedit_char_whitelist";
  private static final String DIGITS = "0123456789";

  private final Path tessdata;
  private final Deque<TessBaseAPI> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger open = new AtomicInteger();

  TesseractRecognizer() {
    tessdata = unpackedModel();
  }

  static String version() {
    return "tesseract " + TessBaseAPI.Version().getString() + " " + MODEL;
  }

  @Override
  public Read read(BufferedImage block) {
    return pooled(block, PSM_SINGLE_LINE, "");
  }

  @Override
  public Read readWord(BufferedImage block) {
    return pooled(block, PSM_SINGLE_WORD, "");
  }

  @Override
  public Read readDigits(BufferedImage block) {
    return pooled(block, PSM_SINGLE_LINE, DIGITS);
  }

  @Override
  public Read readDigitWord(BufferedImage block) {
    return pooled(block, PSM_SINGLE_WORD, DIGITS);
  }

  /** A read allowing only the characters of {@code whitelist} (all when empty); the engine is left allowing all. */
  private Read pooled(BufferedImage block, int pageSegMode, String whitelist) {
    TessBaseAPI t = idle.pollFirst();
    if (t == null) {
      t = open();
    }
    try {
      t.SetPageSegMode(pageSegMode);
      if (!whitelist.isEmpty()) {
        t.SetVariable(WHITELIST, whitelist);
      }
      return read(t, block);
    } finally {
      if (!whitelist.isEmpty()) {
        t.SetVariable(WHITELIST, "");
      }
      idle.addFirst(t);
    }
  }

  private static Read read(TessBaseAPI t, BufferedImage block) {
    byte[] pixels = ((DataBufferByte) block.getRaster().getDataBuffer()).getData();
    t.SetImage(pixels, block.getWidth(), block.getHeight(), 1, block.getWidth());
    BytePointer utf8 = t.GetUTF8Text();
    String text = utf8 == null ? "" : utf8.getString(StandardCharsets.UTF_8);
    if (utf8 != null) {
      utf8.deallocate();
    }
    float confidence = t.MeanTextConf();
    t.Clear();
    return new Read(cleaned(text), confidence);
  }

  /** The engine's text without the spaces it puts beside Chinese, an ordinal's brackets put back, edge bars left out. */
  static String cleaned(String text) {
    String compact = SPACES.matcher(SPACE_BESIDE_CJK.matcher(text.strip()).replaceAll("")).replaceAll(" ");
    String ordinal = ORDINAL_CLOSED_BY_SEVEN.matcher(ORDINAL_BRACKET.matcher(compact).replaceFirst("(")).replaceFirst("($1)");
    return EDGE_BARS.matcher(ordinal).replaceAll("");
  }

  /**
   * Ends the engines no thread is reading with, freeing their native memory; a later read opens one again. An engine
   * in use (by a thread abandoned past its time budget, say) is left to its thread.
   */
  void release() {
    for (TessBaseAPI t = idle.pollFirst(); t != null; t = idle.pollFirst()) {
      t.End();
      t.close();
      open.decrementAndGet();
    }
  }

  /** How many engines are open, idle or in use. */
  int engines() {
    return open.get();
  }

  private TessBaseAPI open() {
    TessBaseAPI t = new TessBaseAPI();
    if (t.Init(tessdata.toString(), MODEL) != 0) {
      t.close();
      throw new IllegalStateException("Tesseract could not load its " + MODEL + " model from " + tessdata);
    }
    open.incrementAndGet();
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
