package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The trie built from the sorted names finds, on every name of the gazetteer and in text joining them, what a plain
 * map of every name's text finds taking the longest name at each place: the same spans and the same names, in the
 * order the dictionary lists them.
 */
class PlaceTrieTest {

  private static final List<PlaceName> NAMES = PlaceNameFinder.bundled().names();
  private static final PlaceTrie TRIE = new PlaceTrie(NAMES);

  @Test
  void everyNameAloneAndBesideOthersIsFoundAsByAMapOfTheNames() {
    Map<String, List<PlaceName>> byText = new HashMap<>();
    int longest = 0;
    for (PlaceName n : NAMES) {
      byText.computeIfAbsent(n.text(), k -> new ArrayList<>()).add(n);
      longest = Math.max(longest, n.text().length());
    }
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < NAMES.size(); i++) {
      String name = NAMES.get(i).text();
      assertThat(TRIE.find(name)).as(name).isEqualTo(longestFirst(name, byText, longest));
      // names run together and cut at their middle, so that one name's tail opens another's head
      run.append(name, 0, (name.length() + 1) / 2).append(name).append(i % 3 == 0 ? "人民政府" : "");
      if (run.length() > 200) {
        String text = run.toString();
        assertThat(TRIE.find(text)).as(text).isEqualTo(longestFirst(text, byText, longest));
        run.setLength(0);
      }
    }
  }

  private static List<PlaceMatch> longestFirst(String text, Map<String, List<PlaceName>> byText, int longest) {
    List<PlaceMatch> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + longest);
      while (end > i && !byText.containsKey(text.substring(i, end))) {
        end--;
      }
      if (end > i) {
        found.add(new PlaceMatch(i, end, byText.get(text.substring(i, end))));
        i = end;
      } else {
        i++;
      }
    }
    return found;
  }
}
