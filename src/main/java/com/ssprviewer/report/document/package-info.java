/**
 * The printable report: a plain layout model and the one renderer every output goes through.
 *
 * <p>Callers describe a report as data ({@link com.ssprviewer.report.document.ReportContent} with tiles, charts and
 * tables) and {@link com.ssprviewer.report.document.PdfReportWriter} lays it out once, as a PDF. The print preview
 * shows that PDF's pages ({@link com.ssprviewer.report.document.PageImages}), the printer receives that PDF, and
 * "Save as PDF" writes it, so preview, paper and file can never drift apart.
 *
 * <p>Nothing here reads the store, the clock or resource bundles: localised fixed words arrive as
 * {@link com.ssprviewer.report.document.Labels}, and table rows arrive as an {@code Iterable} that may stream from a
 * database cursor, so a 10,000-row list is laid out without holding it in memory.
 */
package com.ssprviewer.report.document;
