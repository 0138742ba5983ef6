/**
 * The exporters plugin: search results written as CSV ({@link
 * org.fahras.plugins.export.CsvExporter}), JSON and JSON Lines ({@link
 * org.fahras.plugins.export.JsonExporter}, {@link org.fahras.plugins.export.JsonLinesExporter}),
 * a self-contained HTML report ({@link org.fahras.plugins.export.HtmlReportExporter}) and an
 * Excel workbook ({@link org.fahras.plugins.export.XlsxExporter}), each also writing the entity
 * table.
 *
 * <p>Every exporter streams: a hit is written when it arrives and nothing of it is kept. Document
 * text is untrusted: it is {@linkplain org.fahras.plugins.export.Texts cleaned} of characters no
 * format can carry, escaped in HTML ({@code Html}) and kept from being read as a formula by
 * spreadsheet programs ({@code SpreadsheetCells}).
 */
package org.fahras.plugins.export;
