package org.govdisclosure.extract.spi;

/** The national report format: 国办公开办函〔2019〕60号 (report years 2019–2020) or 〔2021〕30号 (from 2021). */
public enum Template {
  T2019("2019"),
  T2021("2021");

  private final String code;

  Template(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether a report of this template would not normally cover the year (2019–2020 for 2019, from 2021 for 2021). */
  public boolean unusualFor(int year) {
    return this == T2021 ? year < 2021 : year > 2020;
  }
}
