package org.govdisclosure.extract.region;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled gazetteer's {@link PlaceDictionary}, written by the build ({@code process-classes}, see the pom) into
 * {@value #RESOURCE} and read back when the finder is loaded: {@link PlaceNames}' rules run once per build, not
 * interpreted once per JVM, and the file is always this build's rules'. Each name is stored as its gazetteer row, its
 * form and, only where it is not that row's name, its text. Public for the build's {@link #main}.
 */
public final class ShippedPlaceNames {

  static final String RESOURCE = "place-names.bin";
  /** Set on a name's form where its text follows, being other than its division's name. */
  private static final int OWN_TEXT = 0x80;
  private static final PlaceName.Form[] FORMS = PlaceName.Form.values();

  private ShippedPlaceNames() {}

  /** Writes the bundled gazetteer's dictionary to the file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.getParent());
    Files.write(file, encode(Gazetteer.bundled(), PlaceDictionary.of(Gazetteer.bundled())));
  }

  /**
   * The bundled gazetteer's dictionary as the build wrote it; made here where it wrote none for these rows (a build
   * that did not run the generator, as an IDE's may not).
   */
  static PlaceDictionary bundled() {
    Gazetteer gazetteer = Gazetteer.bundled();
    PlaceDictionary shipped = null;
    try (InputStream in = ShippedPlaceNames.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        shipped = decode(ByteBuffer.wrap(in.readAllBytes()), gazetteer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return shipped != null ? shipped : PlaceDictionary.of(gazetteer);
  }

  static byte[] encode(Gazetteer gazetteer, PlaceDictionary dictionary) {
    Map<Division, Integer> rows = new IdentityHashMap<>();
    List<Division> divisions = gazetteer.divisions();
    for (int row = 0; row < divisions.size(); row++) {
      rows.put(divisions.get(row), row);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(divisions.size());
      for (List<PlaceName> names : List.of(
          dictionary.names(), dictionary.genericCounties(), dictionary.twoCharacterTownships())) {
        out.writeInt(names.size());
        for (PlaceName n : names) {
          write(n, rows.get(n.division()), out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void write(PlaceName n, int row, DataOutputStream out) throws IOException {
    out.writeInt(row);
    boolean ownText = !n.text().equals(n.division().name());
    out.writeByte(n.form().ordinal() | (ownText ? OWN_TEXT : 0));
    if (ownText) {
      byte[] text = n.text().getBytes(StandardCharsets.UTF_8);
      if (text.length > 0xFF) {
        throw new IllegalStateException("a place name of more than 255 bytes: " + n.text());
      }
      out.writeByte(text.length);
      out.write(text);
    }
  }

  /** The dictionary {@link #encode} wrote for {@code gazetteer}, or null where it wrote it for other rows. */
  static PlaceDictionary decode(ByteBuffer in, Gazetteer gazetteer) {
    List<Division> divisions = gazetteer.divisions();
    if (in.getInt() != divisions.size()) {
      return null;
    }
    return new PlaceDictionary(names(in, divisions), names(in, divisions), names(in, divisions));
  }

  private static List<PlaceName> names(ByteBuffer in, List<Division> divisions) {
    PlaceName[] names = new PlaceName[in.getInt()];
    for (int i = 0; i < names.length; i++) {
      Division d = divisions.get(in.getInt());
      int form = in.get() & 0xFF;
      String text = d.name();
      if ((form & OWN_TEXT) != 0) {
        int length = in.get() & 0xFF;
        text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
      }
      names[i] = new PlaceName(text, d, FORMS[form & ~OWN_TEXT]);
    }
    return Arrays.asList(names);
  }
}
