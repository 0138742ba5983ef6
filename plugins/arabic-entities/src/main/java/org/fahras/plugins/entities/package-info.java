/**
 * The Arabic entity plugin: persons, places, organisations, dates, times, money and percentages
 * in Arabic text, offered to the host through {@link
 * org.fahras.plugins.entities.ArabicEntityRecognizer}.
 *
 * <p>The text is folded with an offset map ({@code FoldedText}), split into tokens ({@code
 * Tokens}) read without their clitics ({@code Clitics}, {@code Analysis}); gazetteers ({@code
 * GazetteerRule}, word lists in this package and ICU's names in {@code IcuNames}) and rules
 * ({@code PersonRule}, {@code OrganizationRule}, {@code LocationRule}, {@code NumericRule},
 * {@code AmountRule}) propose spans, the longest win, and names found once are found again
 * ({@code DocumentNames}).
 */
package org.fahras.plugins.entities;
