package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.govdisclosure.extract.meta.IssuerName;
import org.govdisclosure.extract.region.Division;
import org.govdisclosure.extract.region.Gazetteer;
import org.govdisclosure.extract.region.Level;
import org.junit.jupiter.api.Test;

/**
 * Reports as a crawler saves their web pages (deterministic from a seed), issued by county governments, county and
 * city departments and townships drawn from the whole gazetteer: the site's header (a department's report on its
 * county's site), breadcrumbs, links to other years' reports and other issuers' (above the title or below the body,
 * 上一篇/下一篇 at the top), metadata with the publication date of the next year (发布日期:2022年01月18日 or ISO), a
 * title printing the year and the issuer, or only one of them (the other in the opening or the signature), a signature
 * over its date, and a footer with the site's owner and address; a quarter of them flattened into one line up to the
 * opening. Year, issuer, county and township are what the
 * report says of itself: none may come from the page around it (no value wrong, a city's department in no county),
 * and nearly all must be read.
 */
class PageCopyIssuersTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered(false);
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final long SEED = 14;
  private static final int PAGES = 160;
  private static final List<String> DEPARTMENTS = List.of("财政局", "卫生健康局", "市场监督管理局", "自然资源局", "教育局", "民政局", "水利局");
  /** Share of the report's own fields read (measured: 480 of 480): raise it, never lower it. */
  private static final double MIN_READ = 1.0;

  private record Page(String text, int year, String organization, String countyCode, String township) {}

  @Test
  void theReportsOwnYearIssuerAndPlaceNeverThePagesAroundIt() {
    List<Division> counties = new ArrayList<>();
    Map<String, List<Division>> townships = new HashMap<>();
    Map<String, List<Division>> countiesOfCity = new HashMap<>();
    for (Division d : GAZETTEER.divisions()) {
      if (d.level() == Level.COUNTY && !d.isZone() && !d.isPrefectureCounty() && GAZETTEER.cityName(d) != null) {
        counties.add(d);
        countiesOfCity.computeIfAbsent(d.codeAt(Level.CITY), k -> new ArrayList<>()).add(d);
      } else if (d.level() == Level.TOWNSHIP && !d.isSpecial() && d.name().matches(".{2,}(镇|乡|街道)")) {
        townships.computeIfAbsent(d.codeAt(Level.COUNTY), k -> new ArrayList<>()).add(d);
      }
    }
    Collections.shuffle(counties, new Random(SEED));
    Random rnd = new Random(SEED);
    List<String> wrong = new ArrayList<>();
    int fields = 0;
    int read = 0;
    for (int i = 0; i < PAGES; i++) {
      Division county = counties.get(i);
      Page page = page(county, townships.getOrDefault(county.code(), List.of()), countiesOfCity.get(county.codeAt(Level.CITY)), i % 4, rnd);
      ProcessedReport r = PROCESSOR.process("page" + i + ".txt", page.text().getBytes(StandardCharsets.UTF_8));
      Object[][] compared = {
        {"year", page.year(), r.year()},
        {"organization", page.organization(), r.organization()},
        {"county_code", page.countyCode(), r.region().countyCode()},
        {"township", page.township(), r.region().township()}};
      for (Object[] f : compared) {
        boolean right = f[0].equals("organization") ? IssuerName.sameBody((String) f[1], (String) f[2]) : Objects.equals(f[1], f[2]);
        if (f[2] != null && !right) {
          wrong.add(f[0] + ": " + f[2] + " (expected " + f[1] + ")\n" + page.text());
        }
        if (f[1] != null) {
          fields++;
          read += right ? 1 : 0;
          if (f[2] == null) {
            System.out.println("page copy " + i + ": no " + f[0] + " (expected " + f[1] + ")");
          }
        }
      }
    }
    System.out.printf("page copies: %d of %d fields read, %d wrong%n", read, fields, wrong.size());
    assertThat(wrong).isEmpty();
    assertThat(read).isGreaterThanOrEqualTo((int) Math.ceil(MIN_READ * fields));
  }

  /** kind 0: the county's government, 1: a county department, 2: a township, 3: a department of the city. */
  private static Page page(Division county, List<Division> towns, List<Division> cityCounties, int kind, Random rnd) {
    String city = GAZETTEER.cityName(county);
    String province = GAZETTEER.at(county, Level.PROVINCE).name();
    int year = 2019 + rnd.nextInt(6);
    Division town = kind == 2 && !towns.isEmpty() ? towns.get(rnd.nextInt(towns.size())) : null;
    String department = DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size()));
    String organization;
    String printed;
    if (kind == 3) {
      organization = printed = city + department;
    } else if (town != null) {
      organization = town.name() + (town.name().endsWith("街道") ? "办事处" : "人民政府");
      printed = rnd.nextBoolean() ? town.name() : rnd.nextBoolean() ? organization : county.name() + organization;
      organization = printed.startsWith(county.name()) ? printed : organization;
    } else {
      organization = printed = (rnd.nextBoolean() ? "" : city.equals(province) ? "" : city) + county.name() + (kind == 0 ? "人民政府" : department);
    }
    String home = kind == 3 ? city : county.name();
    String site = home + "人民政府" + (rnd.nextBoolean() ? "门户网站" : "网");
    Division other = cityCounties.get(rnd.nextInt(cityCounties.size()));
    List<String> links = new ArrayList<>();
    for (int l = 0; l < 2 + rnd.nextInt(3); l++) {
      int otherYear = 2017 + rnd.nextInt(9);
      String issuer = switch (rnd.nextInt(3)) {
        case 0 -> printed;
        case 1 -> other.name() + DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size()));
        default -> towns.isEmpty() ? other.name() + "人民政府" : towns.get(rnd.nextInt(towns.size())).name();
      };
      links.add(rnd.nextBoolean() ? otherYear + "年度" + issuer + "政府信息公开工作年度报告" : issuer + otherYear + "年政府信息公开工作年度报告");
    }
    int titleForm = rnd.nextInt(4);
    String title = switch (titleForm) {
      case 0 -> printed + "政府信息公开工作年度报告";
      case 1 -> year + "年度政府信息公开工作年度报告";
      default -> printed + year + (rnd.nextBoolean() ? "年度" : "年") + "政府信息公开工作年度报告";
    };
    String published = rnd.nextBoolean()
        ? String.format("%d-%02d-%02d", year + 1, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28))
        : String.format("%d年%02d月%02d日", year + 1, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28));
    List<String> lines = new ArrayList<>(List.of(site, "首页 > 政务公开 > 政府信息公开年报"));
    boolean linksAbove = rnd.nextBoolean();
    if (linksAbove) {
      lines.add("相关链接");
      lines.addAll(links);
    } else if (rnd.nextBoolean()) {
      lines.add("上一篇：" + links.get(0));
      lines.add("下一篇：" + links.get(1));
    }
    lines.add(title);
    lines.add((rnd.nextBoolean() ? "发布日期：" : "发布时间：") + published + " 来源：" + home + "人民政府办公室 浏览次数：" + rnd.nextInt(9999));
    String opening = "根据《中华人民共和国政府信息公开条例》和上级有关要求，";
    opening += switch (titleForm) {
      case 0 -> printed + "编制了本年度报告。";
      case 1 -> rnd.nextBoolean() ? printed + "编制了本年度报告。" : "现公布" + printed + year + "年政府信息公开工作年度报告。";
      default -> "编制本报告。";
    };
    lines.add(opening);
    if (rnd.nextInt(4) == 0) {
      // flattened into one line up to the opening: links, title and metadata parted by spaces only
      String run = String.join(" ", lines);
      lines.clear();
      lines.add(run);
    }
    lines.add("一、总体情况");
    String we = kind == 0 ? "本机关" : town != null ? "我" + town.name().substring(town.name().length() - (town.name().endsWith("街道") ? 2 : 1)) : "我局";
    lines.add(year + "年，" + we + "共收到政府信息公开申请" + rnd.nextInt(40) + "件，均已按期答复。");
    lines.add("五、存在的主要问题及改进情况");
    lines.add("下一步，" + we + "将进一步提升公开质量。");
    lines.add(printed);
    lines.add(String.format("%d年%d月%d日", year + 1, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28)));
    if (!linksAbove) {
      lines.add("相关链接");
      lines.addAll(links);
    }
    lines.add("主办单位：" + home + "人民政府办公室 地址：" + province + (city.equals(province) ? "" : city)
        + (kind == 3 ? other.name() : county.name()) + "人民路" + (1 + rnd.nextInt(200)) + "号");
    return new Page(String.join("\n", lines) + "\n", year, organization, kind == 3 ? null : county.code(),
        town == null ? null : town.name());
  }
}
