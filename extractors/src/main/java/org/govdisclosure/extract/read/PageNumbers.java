package org.govdisclosure.extract.read;

import java.util.regex.Pattern;

/** A page's number as a line of its own prints it, for every reader (no PDF library needed to ask). */
final class PageNumbers {

  /** A line footing a page with its number alone ({@code 第 3 页}, {@code - 3 -}, {@code 3/12}). */
  static final Pattern PAGE_NUMBER =
      Pattern.compile("[\\s\\-－—–]*(第\\s*\\d{1,4}\\s*页(\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}(\\s*/\\s*\\d{1,4})?)[\\s\\-－—–]*");

  private PageNumbers() {}
}
