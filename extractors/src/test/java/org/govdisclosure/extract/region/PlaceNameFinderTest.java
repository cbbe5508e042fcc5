package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.eval.FMeasure;
import org.govdisclosure.extract.model.Cell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trie finder against OpenNLP's own dictionary finder, and against hand-labelled sentences. */
class PlaceNameFinderTest {

  private static final Pattern LABEL = Pattern.compile("\\{([^|}]+)\\|(\\w+)}");
  private static final PlaceNameFinder FINDER = PlaceNameFinder.bundled();
  private static DictionaryNameFinder reference;

  @BeforeAll
  static void buildReference() {
    Dictionary dictionary = new Dictionary(true);
    FINDER.names().forEach(n -> dictionary.put(new StringList(characters(n.text()))));
    reference = new DictionaryNameFinder(dictionary, "place");
  }

  @Test
  void spansEqualOpenNlpDictionaryNameFinder() {
    String sample = corpusSample();
    String[] tokens = characters(sample);

    Span[] trie = FINDER.find(tokens);
    Span[] dictionary = reference.find(tokens);

    assertThat(trie.length).isGreaterThan(50);
    assertThat(untyped(trie)).containsExactlyElementsOf(untyped(dictionary));
  }

  @Test
  void ruralRevivalIsNoPlaceButTheDistrictIs() {
    assertThat(FINDER.find(characters("全面推进乡村振兴"))).isEmpty();
    assertThat(FINDER.find(characters("公布惠民政策指引"))).isEmpty();
    assertThat(FINDER.find(characters("丹东市振兴区人民政府"))).extracting(Span::getType).containsExactly("city", "county");
  }

  /** A two-character township (螅镇, 佳县) is a place where an issuer's name starts with it, not in running text (乌龙镇). */
  @Test
  void aTwoCharacterTownshipIsFoundOnlyAtTheStartOfAnIssuersName() {
    assertThat(FINDER.findInName("螅镇人民政府")).extracting(PlaceMatch::text).containsExactly("螅镇");
    assertThat(FINDER.find("2022年度螅镇政府信息公开")).isEmpty();
    assertThat(FINDER.findInName("某某县乌龙镇人民政府")).extracting(PlaceMatch::text).doesNotContain("龙镇");
  }

  /**
   * A short form run into a township's government by one character (二道河镇人民政府: 二道区's short form) heads the
   * township's name and is no place; a two-character township of the place itself (浦东|唐镇) leaves it one.
   */
  @Test
  void aShortFormHeadingATownshipsNameIsNoPlace() {
    assertThat(FINDER.find("二道河镇人民政府2022年政府信息公开工作年度报告")).isEmpty();
    assertThat(FINDER.findInName("二道河镇人民政府")).isEmpty();
    assertThat(FINDER.find("浦东唐镇人民政府")).extracting(PlaceMatch::text).containsExactly("浦东");
    assertThat(FINDER.find("全面推进二道区乡镇政府建设")).extracting(PlaceMatch::text).containsExactly("二道区");
  }

  /** 成安 (成安县's short form) straddles 完成|安全 in 完成安全生产: no place; 成安县 in full is one. */
  @Test
  void aShortFormStraddlingTwoWordsIsNoPlace() {
    assertThat(FINDER.find(characters("编制完成安全生产标准目录"))).isEmpty();
    assertThat(FINDER.find(characters("成安县应急管理局"))).extracting(Span::getType).containsExactly("county");
  }

  /**
   * A short form starting inside an issuer name's first word is a fragment (海南海事局: 海|南海事, not 南海区); after a
   * body's word it is a place (某某银行广州分行).
   */
  @Test
  void aShortFormInsideTheNamesFirstWordIsNoPlace() {
    assertThat(FINDER.findInName("海南海事局")).isEmpty();
    assertThat(FINDER.findInName("某某银行广州分行")).hasSize(1);
  }

  /** A county's short form that straddles a word and 和 (指南|和, 更新|和, 振兴|和) is no place; the county is. */
  @Test
  void aWordFollowedBy和IsNoCountysShortForm() {
    assertThat(FINDER.find(characters("更新政府信息公开指南和政府信息公开目录"))).isEmpty();
    assertThat(FINDER.find(characters("及时有效的更新和补充"))).isEmpty();
    assertThat(FINDER.find(characters("推进乡村振兴和基层治理"))).isEmpty();
    assertThat(FINDER.find(characters("新和县人民政府"))).extracting(Span::getType).containsExactly("county");
  }

  @Test
  void spansAreTypedByLevel() {
    Span[] spans = FINDER.find(characters("江西省九江市柴桑区港口街镇人民政府"));

    assertThat(spans).extracting(Span::getType).containsExactly("province", "city", "county", "township");
    assertThat(spans).extracting(Span::getStart).containsExactly(0, 3, 6, 9);
  }

  @Test
  void findsLabelledPlaceNames() throws IOException {
    List<NameSample> samples = labelledSentences();
    TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(FINDER);
    evaluator.evaluate(ObjectStreamUtils.createObjectStream(samples));
    FMeasure f = evaluator.getFMeasure();
    System.out.printf("place finder on %d labelled sentences: %s%n", samples.size(), f);

    assertThat(samples).hasSizeGreaterThanOrEqualTo(20);
    // the misses are known: 建筑新村街道 is not in the 2023 data, 公开安镇街道 reads as 开安镇
    assertThat(f.getPrecisionScore()).isGreaterThan(0.9);
    assertThat(f.getRecallScore()).isGreaterThan(0.9);
  }

  private static List<NameSample> labelledSentences() {
    List<NameSample> samples = new ArrayList<>();
    for (String line : Reports.resource("place-sentences.txt").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      StringBuilder plain = new StringBuilder();
      List<Span> names = new ArrayList<>();
      Matcher m = LABEL.matcher(line);
      int last = 0;
      while (m.find()) {
        plain.append(line, last, m.start());
        int start = plain.codePointCount(0, plain.length());
        plain.append(m.group(1));
        names.add(new Span(start, plain.codePointCount(0, plain.length()), m.group(2)));
        last = m.end();
      }
      plain.append(line.substring(last));
      samples.add(new NameSample(characters(plain.toString()), names.toArray(new Span[0]), true));
    }
    return samples;
  }

  /** The seeds and real reports, folded as the resolver sees them. */
  private static String corpusSample() {
    StringBuilder b = new StringBuilder();
    for (String file : List.of("seeds/000_aee1c35d317719c9.txt", "seeds/001_3a1cadb5854a4598.txt",
        "seeds/002_dcbb887661dae0ee.txt", "seeds/003_c98690ffdef99389.txt", "seeds/004_d7ed800fb9a05f29.txt",
        "real/anzhen2024.txt", "real/daxigou2020.txt", "real/jianzhuxincun2024.txt", "real/laifeng2021.txt",
        "real/zhongcang2025.txt", "real/zhongcun2020.txt")) {
      b.append(Cell.Text.fold(Reports.resource("/corpus/" + file)));
    }
    return b.toString();
  }

  static String[] characters(String text) {
    return text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
  }

  private static List<String> untyped(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s.getStart() + "-" + s.getEnd());
    }
    return out;
  }
}
