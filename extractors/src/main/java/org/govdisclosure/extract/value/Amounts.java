package org.govdisclosure.extract.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;

/**
 * Reads money amounts into exact yuan. Never uses floating point.
 *
 * <p>The unit is taken, in order, from the cell itself ({@code 116万元}), the unit cell next to it
 * ({@link #parseSplit}), the column header or caption ({@code 单位：万元}, see {@link Unit#declaredIn}), the
 * template's default for the column; otherwise yuan is assumed and recorded as {@link UnitSource#ASSUMED}.
 */
public final class Amounts {

  public static final String BLANK = "blank";
  public static final String MARKER = "marker";
  public static final String UNPARSEABLE = AmountScanner.UNPARSEABLE;
  /** More than two decimals of yuan: a misread, since reports never print below the fen. */
  public static final String FRACTION_OF_FEN = "fraction_of_fen";

  /** {@code 1 160 000}: an amount grouped by thousands with spaces, one figure. */
  private static final Pattern THOUSANDS_SPACED =
      Pattern.compile("[1-9]\\d{0,2}(?: \\d{3})+(?:\\.\\d+)?\\D*");

  private Amounts() {}

  /**
   * Parses an amount cell.
   *
   * @param text the cell as printed; null reads as blank
   * @param contextUnit the unit a column header or caption declares, or null
   */
  public static Amount parse(String text, Unit contextUnit) {
    return parse(text, contextUnit, null);
  }

  /**
   * Parses an amount cell whose column may carry a template default unit (e.g. the 2021 fee column is 万元).
   *
   * @param headerUnit the unit a column header or caption declares, or null
   * @param templateUnit the template's default for this column, or null
   */
  public static Amount parse(String text, Unit headerUnit, Unit templateUnit) {
    return resolve(orEmpty(text), Cell.Text.fold(orEmpty(text)), null, headerUnit, templateUnit);
  }

  /**
   * Parses a number whose unit the report printed in the next cell or span ({@code 73802895.90} | {@code 元}).
   * A {@code unitText} that is not just a unit ({@code 元}, {@code 万元}, {@code (亿元)} …) is ignored, as is one
   * contradicting a unit in the number cell itself. The amount's text is both cells joined. Callers that already
   * join such cells (as the item decoder does) can equally pass the joined text to {@link #parse}.
   */
  public static Amount parseSplit(String numberText, String unitText, Unit headerUnit, Unit templateUnit) {
    Unit cellUnit = bareUnit(Cell.Text.fold(orEmpty(unitText)));
    String text = cellUnit == null ? orEmpty(numberText) : orEmpty(numberText) + unitText;
    return resolve(text, Cell.Text.fold(orEmpty(numberText)), cellUnit, headerUnit, templateUnit);
  }

  private static Amount resolve(String text, String folded, Unit cellUnit, Unit headerUnit, Unit templateUnit) {
    if (folded.isEmpty()) {
      return new Amount(null, text, null, BLANK);
    }
    if (CellKind.isMarker(folded)) {
      return new Amount(null, text, null, MARKER);
    }
    String spaced = Cell.Text.nfkc(text).strip();
    if (Counts.figuresApart(spaced) && !THOUSANDS_SPACED.matcher(spaced).matches()) {
      return new Amount(null, text, null, Counts.FIGURES_APART); // 212 702719.89元: two cells merged, as for counts
    }
    AmountScanner.Reading reading = AmountScanner.read(folded);
    if (reading.problem() != null) {
      return new Amount(null, text, null, reading.problem(), reading.approximate(), null);
    }
    Unit unit;
    UnitSource source;
    if (reading.unitInCell()) {
      unit = Unit.YUAN;
      source = UnitSource.CELL;
    } else if (cellUnit != null) {
      unit = cellUnit;
      source = UnitSource.CELL;
    } else if (headerUnit != null) {
      unit = headerUnit;
      source = UnitSource.HEADER;
    } else if (templateUnit != null) {
      unit = templateUnit;
      source = UnitSource.TEMPLATE;
    } else {
      unit = Unit.YUAN;
      source = UnitSource.ASSUMED;
    }
    BigDecimal yuan = reading.value().multiply(unit.factor());
    if (yuan.scale() > 2 && yuan.stripTrailingZeros().scale() > 2) {
      return new Amount(null, text, source, FRACTION_OF_FEN, reading.approximate(), null);
    }
    return new Amount(yuan.setScale(2, RoundingMode.UNNECESSARY), text, source, null, reading.approximate(), null);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The unit a cell holding nothing else names: {@code 元}, {@code 万元}, {@code (亿元)}, bare {@code 万}. */
  private static Unit bareUnit(String folded) {
    String unit = folded.startsWith("(") && folded.endsWith(")") ? folded.substring(1, folded.length() - 1) : folded;
    return switch (unit) {
      case "元" -> Unit.YUAN;
      case "万元", "万" -> Unit.WAN;
      case "亿元", "亿" -> Unit.YI;
      default -> null;
    };
  }
}
