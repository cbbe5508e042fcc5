package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dictionary the build wrote is, on every gazetteer row, the one {@link PlaceNames}' rules make now. */
class ShippedPlaceNamesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @Test
  void theBuildsNamesAreTheRulesNamesOnEveryGazetteerRow() throws IOException {
    PlaceDictionary shipped;
    try (InputStream in = ShippedPlaceNames.class.getResourceAsStream(ShippedPlaceNames.RESOURCE)) {
      assertThat(in).as("%s written by the build (process-classes)", ShippedPlaceNames.RESOURCE).isNotNull();
      shipped = ShippedPlaceNames.decode(ByteBuffer.wrap(in.readAllBytes()), GAZETTEER);
    }
    PlaceDictionary made = PlaceDictionary.of(GAZETTEER);

    assertThat(shipped).as("written for the bundled gazetteer's rows").isNotNull();
    Map<Division, List<PlaceName>> shippedByRow = byRow(shipped);
    Map<Division, List<PlaceName>> madeByRow = byRow(made);
    for (Division d : GAZETTEER.divisions()) {
      assertThat(shippedByRow.get(d)).as(GAZETTEER.path(d)).isEqualTo(madeByRow.get(d));
    }
    assertThat(shipped).isEqualTo(made);
    assertThat(PlaceNameFinder.bundled().names()).isEqualTo(made.names());
  }

  /** Each division's names, the dictionary's three lists one after the other. */
  private static Map<Division, List<PlaceName>> byRow(PlaceDictionary dictionary) {
    Map<Division, List<PlaceName>> byRow = new IdentityHashMap<>();
    for (List<PlaceName> names : List.of(
        dictionary.names(), dictionary.genericCounties(), dictionary.twoCharacterTownships())) {
      names.forEach(n -> byRow.computeIfAbsent(n.division(), k -> new ArrayList<>()).add(n));
    }
    return byRow;
  }

  @Test
  void namesWrittenForOtherRowsAreNotRead() {
    Gazetteer other = Gazetteer.read(
        new ByteArrayInputStream("99\t某省\n9901\t甲市\n".getBytes(StandardCharsets.UTF_8)),
        InputStream.nullInputStream());

    assertThat(ShippedPlaceNames.decode(ByteBuffer.wrap(ShippedPlaceNames.encode(other, PlaceDictionary.of(other))),
        GAZETTEER)).isNull();
    assertThat(ShippedPlaceNames.decode(ByteBuffer.wrap(ShippedPlaceNames.encode(other, PlaceDictionary.of(other))),
        other)).isEqualTo(PlaceDictionary.of(other));
  }

  /** The trie is built from names sorted by their text: given others it says so rather than miss names. */
  @Test
  void theTrieTakesNamesSortedByTextOnly() {
    Division a = new Division("9901", "甲乙市", "");
    Division b = new Division("9902", "甲市", "");

    assertThatThrownBy(() -> new PlaceTrie(List.of(new PlaceName("甲市", b, PlaceName.Form.FULL),
        new PlaceName("甲乙市", a, PlaceName.Form.FULL)))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlaceTrie(List.of(new PlaceName("甲乙市", a, PlaceName.Form.FULL),
        new PlaceName("甲乙", a, PlaceName.Form.SHORT)))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new PlaceTrie(List.of(new PlaceName("甲乙", a, PlaceName.Form.SHORT),
        new PlaceName("甲乙市", a, PlaceName.Form.FULL), new PlaceName("甲市", b, PlaceName.Form.FULL))).find("甲市甲乙市"))
        .extracting(PlaceMatch::start, PlaceMatch::end).containsExactly(
            tuple(0, 2), tuple(2, 5));
  }
}
