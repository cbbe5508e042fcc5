package org.govdisclosure.extract.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The bundled Traditional table is ICU's Hant-Hans transliteration of single characters, less the characters the
 * Simplified vocabulary bundled with the readers writes (counties, templates, sectors): nothing written by hand drifts
 * from the reference, and no county or label is rewritten. {@link #main} writes the table from ICU, keeping which
 * characters tell a Traditional document.
 */
class TraditionalTableTest {

  private static final String TABLE = "src/main/resources/org/govdisclosure/extract/model/traditional.tsv";
  private static final List<String> VOCABULARY = List.of("/org/govdisclosure/extract/region/divisions.tsv.gz",
      "/org/govdisclosure/extract/region/county-aliases.tsv", "/org/govdisclosure/extract/meta/sectors.tsv",
      "/org/govdisclosure/extract/template/template-2019.json", "/org/govdisclosure/extract/template/template-2021.json",
      "/org/govdisclosure/extract/value/confusables.tsv");

  @Test
  void theTableIsIcusOutsideTheSimplifiedVocabulary() {
    assertThat(bundled()).isEqualTo(fromIcu());
  }

  @Test
  void theCharactersThatTellAreInTheTableAndNoneIsWrittenInSimplified() {
    Set<Character> tells = tells();
    assertThat(tells).isNotEmpty();
    assertThat(bundled().keySet()).containsAll(tells);
    BitSet vocabulary = vocabulary();
    assertThat(tells).noneMatch(vocabulary::get);
  }

  /** The table as bundled: each line's Traditional character and its Simplified form. */
  private static Map<Character, String> bundled() {
    Map<Character, String> pairs = new TreeMap<>();
    for (String line : BundledLines.of(TraditionalForms.class, "traditional.tsv")) {
      pairs.put(line.charAt(0), line.split("\t")[1]);
    }
    return pairs;
  }

  /** The Traditional characters marked as telling a Traditional document. */
  private static Set<Character> tells() {
    Set<Character> tells = new TreeSet<>();
    for (String line : BundledLines.of(TraditionalForms.class, "traditional.tsv")) {
      if (line.endsWith("\t" + TraditionalForms.TELLS)) {
        tells.add(line.charAt(0));
      }
    }
    return tells;
  }

  /** Each character of the table's range that ICU's Hant-Hans writes as one other character. */
  private static Map<Character, String> fromIcu() {
    Transliterator hantToHans = Transliterator.getInstance("Hant-Hans");
    BitSet vocabulary = vocabulary();
    Map<Character, String> pairs = new TreeMap<>();
    for (char c = TraditionalForms.FIRST; c <= TraditionalForms.LAST; c++) {
      String simplified = hantToHans.transliterate(String.valueOf(c));
      if (simplified.length() == 1 && simplified.charAt(0) != c && !vocabulary.get(c)) {
        pairs.put(c, simplified);
      }
    }
    return pairs;
  }

  /**
   * The characters Simplified names and labels write: provinces, cities and counties (not townships, whose rare
   * characters would keep 於 of 属於 from reading as 于), sectors, the templates, OCR's confusions.
   */
  private static BitSet vocabulary() {
    BitSet written = new BitSet();
    for (String name : VOCABULARY) {
      try (InputStream raw = TraditionalTableTest.class.getResourceAsStream(name);
          InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        (name.endsWith(".gz") ? countyLevelNames(text) : text).chars().forEach(written::set);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return written;
  }

  /** The names of the gazetteer's divisions down to counties: codes of at most six digits. */
  private static String countyLevelNames(String divisions) {
    StringBuilder names = new StringBuilder();
    for (String line : divisions.split("\n")) {
      String[] cells = line.split("\t");
      if (!line.startsWith("#") && cells.length > 1 && cells[0].length() <= 6) {
        names.append(cells[1]);
      }
    }
    return names.toString();
  }

  /** Writes the table from ICU, run from the extractors module; the characters that tell stay those marked now. */
  public static void main(String[] args) throws IOException {
    Set<Character> tells = tells();
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(TABLE), StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        lines.add(line);
      }
    }
    fromIcu().forEach((c, s) -> lines.add(c + "\t" + s + (tells.contains(c) ? "\t" + TraditionalForms.TELLS : "")));
    Files.write(Path.of(TABLE), lines, StandardCharsets.UTF_8);
  }
}
