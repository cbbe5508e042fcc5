/**
 * Cell values: counts and money amounts, read exactly (no floating point) from every way reports write them.
 *
 * <ul>
 *   <li>{@link org.govdisclosure.extract.value.Counts#parse} for count columns, where a negative figure is
 *       flagged; {@link org.govdisclosure.extract.value.Counts#parseChange} for 本年增/减 columns, where
 *       {@code 减少3}, {@code -18} are negative. Both take folded text.
 *   <li>{@link org.govdisclosure.extract.value.Amounts#parse(String, Unit, Unit)} for amounts, with the header
 *       unit and the template default; {@link org.govdisclosure.extract.value.Amounts#parseSplit} when the unit
 *       sits in the next cell. {@link org.govdisclosure.extract.value.Amount#approximate()} marks {@code 约},
 *       {@code 余}, {@code 多}; ranges come back unread with problem {@code range}.
 *   <li>{@link org.govdisclosure.extract.value.AmountPlausibility#checkPerItem} adds the
 *       {@code amount_unit_suspect} warning to totals whose average per item suggests the wrong unit.
 * </ul>
 */
package org.govdisclosure.extract.value;
