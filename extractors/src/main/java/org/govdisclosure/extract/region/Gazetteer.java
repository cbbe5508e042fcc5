package org.govdisclosure.extract.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrative divisions keyed by GB/T 2260 code. The level follows from the code's length: 2 province,
 * 4 prefecture city, 6 county-level division, 9 township or street.
 */
public final class Gazetteer {

  /** One division. */
  public record Division(String code, String name) {

    public String countyCode() {
      return code.length() >= 6 ? code.substring(0, 6) : null;
    }
  }

  private final Map<String, Division> byCode = new HashMap<>();
  private final List<Division> counties = new ArrayList<>();
  private final List<Division> townships = new ArrayList<>();

  private Gazetteer() {}

  /** Reads {@code code<TAB>name} lines. */
  public static Gazetteer read(InputStream in) {
    Gazetteer g = new Gazetteer();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Division d = new Division(f[0], f[1]);
        g.byCode.put(d.code(), d);
        switch (d.code().length()) {
          case 6 -> g.counties.add(d);
          case 9 -> g.townships.add(d);
          default -> { }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  public static Gazetteer bundled() {
    InputStream in = Gazetteer.class.getResourceAsStream("divisions.tsv");
    if (in == null) {
      throw new IllegalStateException("divisions.tsv missing from the classpath");
    }
    return read(in);
  }

  public Division byCode(String code) {
    return code == null ? null : byCode.get(code);
  }

  public List<Division> counties() {
    return counties;
  }

  public List<Division> townships() {
    return townships;
  }

  /** The region a county (and optionally a township under it) belongs to. */
  public Region region(Division county, Division township) {
    String code = county.code();
    Division province = byCode.get(code.substring(0, 2));
    Division city = byCode.get(code.substring(0, 4));
    return new Region(
        province == null ? null : province.name(),
        city == null ? null : city.name(),
        county.name(),
        code,
        township == null ? null : township.name(),
        township == null ? null : township.code(),
        null,
        township == null ? null : township.name().endsWith("街道") ? "street" : "township",
        "exact");
  }
}
